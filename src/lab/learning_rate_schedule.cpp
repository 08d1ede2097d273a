// learning_rate_schedule.cpp — the learning rate of each epoch under --lr-schedule.
#include <cmath>
#include <cstdio>

#include "lab/lab_options.hpp"

namespace mlp {

double LearningRateSchedule::rate(double initial, std::size_t epoch, std::size_t epochs) const {
  switch (kind) {
    case Kind::Step:
      return initial * std::pow(step_factor, double((epoch - 1) / step_epochs));
    case Kind::Cosine:
      return initial * 0.5 *
             (1 + std::cos(3.14159265358979323846 * double(epoch - 1) / double(epochs)));
    case Kind::Constant:
      break;
  }
  return initial;
}

std::string LearningRateSchedule::text() const {
  if (kind == Kind::Cosine) return "cosine";
  if (kind == Kind::Constant) return "constant";
  char factor[32];
  std::snprintf(factor, sizeof factor, "%g", step_factor);
  return "step:" + std::to_string(step_epochs) + ":" + factor;
}

}  // namespace mlp
