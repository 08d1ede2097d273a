// progress.cpp — support code: the progress line and the interrupt flag.
#include "lab/progress.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#include "platform/platform.hpp"

namespace mlp {
namespace {

double now_seconds() {
  using Clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}

volatile std::sig_atomic_t g_interrupted = 0;
// When the first Ctrl-C came, in milliseconds of the steady clock (lock-free, so the handler may
// write it).
std::atomic<long long> g_first_interrupt_ms{0};

// A Ctrl-C within this long of the first counts as the same one. `timeout -s INT`, for one, sends
// SIGINT to the program and then to its whole process group, so the program receives two at once;
// had the second ended it, the run would have stopped without writing anything.
constexpr long long kSameInterruptMs = 500;

// The first Ctrl-C sets the flag; a later one ends the program at once, with the exit status 130
// a shell reports for a program stopped by Ctrl-C. (The steady clock is the system's monotonic
// clock, which a signal handler may read.)
extern "C" void on_interrupt(int) {
  std::signal(SIGINT, on_interrupt);  // Windows resets the handler each time it runs
  const long long now_ms = (long long)(now_seconds() * 1000);
  if (!g_interrupted) {
    g_first_interrupt_ms = now_ms;
    g_interrupted = 1;
  } else if (now_ms - g_first_interrupt_ms >= kSameInterruptMs) {
    std::_Exit(130);
  }
}

// "1:05" or "1:02:05".
std::string clock_text(double seconds) {
  const long total = seconds > 0 && seconds < 1e7 ? long(seconds + 0.5) : 0;
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  }
  return text;
}

std::size_t terminal_columns() {
  const char* columns = std::getenv("COLUMNS");
  const long value = columns ? std::strtol(columns, nullptr, 10) : 0;
  return value >= 20 && value <= 1000 ? std::size_t(value) : 80;
}

}  // namespace

std::string progress_line(const Progress& p, std::size_t columns) {
  const std::size_t total = p.total == 0 ? 1 : p.total;
  const double rate = p.seconds > 0 ? double(p.done) / p.seconds : 0;
  const double remaining = rate > 0 ? double(total - p.done) / rate : 0;
  char text[160];
  std::snprintf(text, sizeof text, "epoch %zu/%zu", p.epoch, p.epochs);
  const std::string head = text;
  std::snprintf(text, sizeof text, " %3zu%% %zu/%zu %s<%s %.0f it/s", p.done * 100 / total, p.done,
                total, clock_text(p.seconds).c_str(), clock_text(remaining).c_str(), rate);
  const std::string counts = text;
  std::snprintf(text, sizeof text, " loss %.3f acc %.1f%%", p.loss, 100 * p.accuracy);
  std::string tail = text;
  constexpr std::size_t kMinBar = 10, kMaxBar = 30;
  // One column stays free: writing the last column makes some terminals wrap.
  const auto room = [&](const std::string& rest) {
    const std::size_t used = head.size() + 3 + counts.size() + rest.size() + 1;
    return used < columns ? columns - used : 0;
  };
  if (room(tail) < kMinBar) tail.clear();
  const std::size_t width = std::min(kMaxBar, room(tail));
  if (width < 3) return (head + counts).substr(0, columns > 0 ? columns - 1 : 0);
  const std::size_t filled = p.done * width / total;
  std::string bar(width, ' ');
  for (std::size_t i = 0; i < width; ++i)
    bar[i] = i < filled ? '=' : (i == filled ? '>' : ' ');
  return head + " [" + bar + "]" + counts + tail;
}

ProgressBar::ProgressBar(bool enabled)
    : enabled_(enabled && standard_output_is_terminal()), columns_(terminal_columns()) {}

void ProgressBar::update(const Progress& progress) {
  if (!enabled_ || progress.total == 0) return;
  const double now = now_seconds();
  if (progress.done < progress.total && now - last_draw_ < 0.05) return;
  last_draw_ = now;
  std::printf("\r%s", progress_line(progress, columns_).c_str());
  std::fflush(stdout);
  drawn_ = true;
}

void ProgressBar::clear() {
  if (!drawn_) return;
  std::printf("\r%*s\r", int(columns_ - 1), "");
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
