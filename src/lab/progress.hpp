// progress.hpp — a one-line progress bar for an epoch, and the Ctrl-C flag that stops training
// cleanly after the current minibatch.
#pragma once

#include <cstddef>
#include <string>

namespace mlp {

// Draws "  [=========>          ]  45%  773/1719" over itself with a carriage return, at most
// ~20 times a second. Does nothing unless enabled and standard output is a terminal, so logs
// and pipes get only the per-epoch lines.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled);
  void update(std::size_t done, std::size_t total);
  // Erases the bar so the next line starts clean.
  void clear();

 private:
  bool enabled_;
  bool drawn_ = false;
  double last_draw_ = -1;
};

// Installs a SIGINT (Ctrl-C) handler that only sets a flag; training polls it between
// minibatches, so an interrupted run still writes what it finished.
void catch_interrupts();
bool interrupted();

}  // namespace mlp
