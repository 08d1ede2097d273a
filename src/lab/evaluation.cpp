// evaluation.cpp — running the network over a dataset and counting what it gets right.
#include "lab/evaluation.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "framework/losses.hpp"
#include "framework/softmax.hpp"

namespace mlp {

Evaluation evaluate(Network& network, const MnistDataset& data, std::size_t batch_size) {
  Evaluation result;
  std::vector<std::size_t> indices(data.size());
  std::iota(indices.begin(), indices.end(), std::size_t{0});
  Matrix inputs, targets, probabilities;
  const SoftmaxCrossEntropy loss;
  std::size_t correct = 0;
  for (std::size_t start = 0; start < data.size(); start += batch_size) {
    const std::size_t count = std::min(batch_size, data.size() - start);
    data.gather(indices.data() + start, count, inputs, targets);
    const Matrix& scores = network.forward(inputs);
    result.loss += loss.value(scores, targets) * double(count);
    softmax(scores, probabilities);
    for (std::size_t b = 0; b < count; ++b) {
      const int predicted = static_cast<int>(argmax_row(scores, b));
      const int truth = data.label(start + b);
      ++result.confusion[truth][predicted];
      if (predicted == truth) {
        ++correct;
      } else {
        result.mistakes.push_back({start + b, truth, predicted, probabilities(b, predicted)});
      }
    }
  }
  result.accuracy = double(correct) / double(data.size());
  result.loss /= double(data.size());
  std::stable_sort(result.mistakes.begin(), result.mistakes.end(),
                   [](const Mistake& a, const Mistake& b) { return a.confidence > b.confidence; });
  return result;
}

std::string confusion_table(const Evaluation& evaluation) {
  std::string text = "true \\ predicted";
  char cell[32];
  for (std::size_t p = 0; p < kMnistClasses; ++p) {
    std::snprintf(cell, sizeof cell, "%6zu", p);
    text += cell;
  }
  text += "\n";
  for (std::size_t t = 0; t < kMnistClasses; ++t) {
    std::snprintf(cell, sizeof cell, "%16zu", t);
    text += cell;
    for (std::size_t p = 0; p < kMnistClasses; ++p) {
      std::snprintf(cell, sizeof cell, "%6zu", evaluation.confusion[t][p]);
      text += cell;
    }
    text += "\n";
  }
  return text;
}

std::string draw_digit(const std::uint8_t* pixels) {
  static const char kShades[] = " .:-=+*#%@";
  std::string text;
  for (std::size_t r = 0; r < 28; ++r) {
    for (std::size_t c = 0; c < 28; ++c)
      text += kShades[pixels[r * 28 + c] * 9 / 255];
    text += "\n";
  }
  return text;
}

}  // namespace mlp
