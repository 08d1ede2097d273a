// test_lesson_overfitting.cpp — the overfitting run on a fixed seed: after its lowest point the
// validation loss rises clearly, while the training loss keeps falling.
#include <cstdio>

#include "check.hpp"
#include "lessons/lesson_overfitting.hpp"

int main() {
  mlp::OverfittingRun run = mlp::run_overfitting(1);
  const std::vector<mlp::EpochRecord>& history = run.trained.history;
  const mlp::EpochRecord& best = history.at(run.best_epoch - 1);
  const mlp::EpochRecord& last = history.back();
  std::printf(
      "best epoch %zu: validation %.4f, training %.4f; last: validation %.4f, "
      "training %.4f\n",
      run.best_epoch, best.validation.loss, best.training.loss, last.validation.loss,
      last.training.loss);
  CHECK(run.trained.network.parameter_count() > 100 * run.data.training.size());
  CHECK(run.best_epoch > 10);                // it learned something first …
  CHECK(run.best_epoch + 100 < last.epoch);  // … and then long went on
  CHECK(last.validation.loss > 1.2 * best.validation.loss);
  CHECK(last.training.loss < 0.8 * best.training.loss);
  for (const mlp::EpochRecord& record : history) {  // the validation minimum is the minimum
    CHECK(record.validation.loss >= best.validation.loss);
  }
  return check::summary();
}
