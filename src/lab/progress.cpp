// progress.cpp — the progress bar and the interrupt flag.
#include "lab/progress.hpp"

#include <chrono>
#include <csignal>
#include <cstdio>

#include "platform/platform.hpp"

namespace mlp {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void on_interrupt(int) {
  g_interrupted = 1;
}

double now_seconds() {
  using Clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}

}  // namespace

ProgressBar::ProgressBar(bool enabled) : enabled_(enabled && standard_output_is_terminal()) {}

void ProgressBar::update(std::size_t done, std::size_t total) {
  if (!enabled_ || total == 0) return;
  const double now = now_seconds();
  if (done < total && now - last_draw_ < 0.05) return;
  last_draw_ = now;
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = done * kWidth / total;
  char bar[kWidth + 1];
  for (std::size_t i = 0; i < kWidth; ++i)
    bar[i] = i < filled ? '=' : (i == filled ? '>' : ' ');
  bar[kWidth] = '\0';
  std::printf("\r  [%s] %3zu%%  %zu/%zu", bar, done * 100 / total, done, total);
  std::fflush(stdout);
  drawn_ = true;
}

void ProgressBar::clear() {
  if (!drawn_) return;
  std::printf("\r%60s\r", "");
  std::fflush(stdout);
  drawn_ = false;
}

void catch_interrupts() {
  std::signal(SIGINT, on_interrupt);
}

bool interrupted() {
  return g_interrupted != 0;
}

}  // namespace mlp
