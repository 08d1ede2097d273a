// test_exercise_activation.cpp — the activation of the exercises works through the whole lab.
//
// Softplus, the activation a learner writes in lessons/exercises/softplus.cpp, is listed in the
// framework's registry of activations; nothing else names it. This test runs the real mnist_lab
// (its path comes from CMake as MLP_LAB_PROGRAM) with --activation softplus on a slice of the
// shipped MNIST files: it must train to well above chance, save a model file that names its
// activation, and predict a test digit from that file.
#include <string>

#include "check.hpp"
#include "posix_shell.hpp"
#include "temp_folder.hpp"

namespace {

struct Outcome {
  int exit_code = -1;
  std::string out;
};

Outcome run_lab(const std::string& arguments, const test_files::TempFolder& scratch) {
  const std::string out = (scratch.path() / "stdout.txt").string();
  const std::string command = std::string(MLP_LAB_EMULATOR) + "'" + MLP_LAB_PROGRAM + "' " +
                              arguments + " > '" + out + "' 2> '" +
                              (scratch.path() / "stderr.txt").string() + "'";
  const int status = test_shell::exit_status(command, scratch.path() / "status.txt");
  return {status, test_files::read_text(out)};
}

void test_softplus_trains_saves_and_predicts() {
  const test_files::TempFolder scratch("exercise-activation");
  const std::string output = (scratch.path() / "lab").string();
  const Outcome trained = run_lab(
      "--activation softplus --layers 784,32,10 --epochs 1 --train-images 2000 "
      "--validation 500 --no-progress --output '" +
          output + "'",
      scratch);
  CHECK_EQ(trained.exit_code, 0);
  const std::size_t at = trained.out.find("test accuracy: ");
  CHECK(at != std::string::npos);
  if (at != std::string::npos) {
    const double accuracy = std::stod(trained.out.substr(at + 15));
    CHECK(accuracy > 50);  // chance is 10 %
  }
  const std::string model = test_files::read_text(output + "/model.mlp");
  CHECK(model.find("softplus") != std::string::npos);

  const Outcome predicted =
      run_lab("predict --model '" + output + "/model.mlp' --index 0", scratch);
  CHECK_EQ(predicted.exit_code, 0);
  CHECK(predicted.out.find("prediction: ") != std::string::npos);
}

}  // namespace

int main() {
  if (!test_shell::posix_shell())
    return check::summary_skipped("runs mnist_lab through a POSIX shell, with redirections");
  test_softplus_trains_saves_and_predicts();
  return check::summary();
}
