// exercise.hpp — support code for the exercises: marks a function the learner has not written yet.
//
// Every exercise file starts with its functions calling exercise_not_done(); `make exercises`
// reports such an exercise as "not done yet". Replace the call with your code.
#pragma once

#include <stdexcept>

namespace mlp {

struct ExerciseNotDone : std::logic_error {
  using std::logic_error::logic_error;
};

// Throws ExerciseNotDone naming the exercise. It takes the function's arguments too, only so that
// the compiler does not warn about arguments the unwritten body does not use yet.
template <class... Unused>
[[noreturn]] void exercise_not_done(const char* exercise, const Unused&... /*arguments*/) {
  throw ExerciseNotDone(exercise);
}

}  // namespace mlp
