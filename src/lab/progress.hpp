// progress.hpp — support code: the one-line progress display of an epoch, and the Ctrl-C flag
// that stops training cleanly after the current minibatch.
#pragma once

#include <cstddef>
#include <string>

namespace mlp {

// Where an epoch stands, for one redraw of the progress line.
struct Progress {
  std::size_t epoch = 0;
  std::size_t epochs = 0;
  std::size_t done = 0;   // minibatches done in this epoch
  std::size_t total = 0;  // minibatches in the epoch
  double seconds = 0;     // since the epoch started
  double loss = 0;        // running mean over the epoch's minibatches so far
  double accuracy = 0;
};

// "epoch 3/10 [=====>    ] 45% 774/1719 0:10<0:12 75 it/s loss 0.112 acc 96.8%", cut to fit
// `columns` characters: the bar shrinks first, then the loss and accuracy go.
std::string progress_line(const Progress& progress, std::size_t columns);

// Draws progress_line over itself with a carriage return, at most ~20 times a second, as wide as
// the terminal (the COLUMNS variable, else 80). Does nothing unless enabled and standard output
// is a terminal, so logs and pipes get only the per-epoch lines.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled);
  void update(const Progress& progress);
  // Erases the line so the next output starts clean.
  void clear();

 private:
  bool enabled_;
  bool drawn_ = false;
  double last_draw_ = -1;
  std::size_t columns_;
};

// Installs a SIGINT (Ctrl-C) handler that sets a flag; training polls it between
// minibatches, so an interrupted run still writes what it finished. A second Ctrl-C, half a second
// or more after the first, ends the program at once.
void catch_interrupts();
bool interrupted();

}  // namespace mlp
