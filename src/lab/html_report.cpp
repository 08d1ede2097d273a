// html_report.cpp — assembling the lab's HTML report.
#include "lab/html_report.hpp"

#include <cstdio>

#include "report/svg.hpp"

namespace mlp {
namespace {

const char* kStyle =
    "body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;"
    "color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
    "padding:3px 8px;text-align:right}th{background:#f3f3f3}.plots{display:flex;flex-wrap:wrap;"
    "gap:1em}.note{color:#a00}code{background:#f3f3f3;padding:1px 4px}";

std::string fixed(double value, int decimals) {
  char text[48];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string join_sizes(const std::vector<std::size_t>& sizes) {
  std::string text;
  for (std::size_t s : sizes)
    text += (text.empty() ? "" : "-") + std::to_string(s);
  return text;
}

std::size_t test_count(const Evaluation& test) {
  std::size_t count = 0;
  for (const auto& row : test.confusion) {
    for (std::size_t cell : row)
      count += cell;
  }
  return count;
}

std::string row(const std::vector<std::string>& cells, const char* tag = "td") {
  std::string html = "<tr>";
  for (const std::string& cell : cells) {
    html += std::string("<") + tag + ">" + cell + "</" + tag + ">";
  }
  return html + "</tr>\n";
}

std::string settings_table(const LabRun& run) {
  const LabOptions& o = run.options;
  std::string html = "<table>\n";
  html += row({"layers", join_sizes(o.layers)});
  html += row({"activation", xml_escape(o.activation)});
  html += row({"epochs", std::to_string(o.epochs)});
  html += row({"batch size", std::to_string(o.batch_size)});
  html += row({"learning rate", fixed(o.learning_rate, 4)});
  html += row({"momentum", fixed(o.momentum, 3)});
  html += row({"seed", std::to_string(o.seed)});
  html += row({"training / validation images", std::to_string(o.train_images - o.validation) +
                                                   " / " + std::to_string(o.validation)});
  html += row({"training time", fixed(run.training_seconds, 1) + " s"});
  return html + "</table>\n";
}

std::string epochs_table(const LabRun& run) {
  std::string html = "<table>\n";
  html += row({"epoch", "train loss", "train acc", "validation loss", "validation acc",
               "max |w| per layer", "seconds"},
              "th");
  for (const EpochMetrics& m : run.history) {
    std::string weights;
    for (double w : m.max_abs_weights)
      weights += (weights.empty() ? "" : ", ") + fixed(w, 3);
    html += row({std::to_string(m.epoch), fixed(m.train_loss, 4),
                 fixed(100 * m.train_accuracy, 2) + "%", fixed(m.validation_loss, 4),
                 fixed(100 * m.validation_accuracy, 2) + "%", weights, fixed(m.seconds, 2)});
  }
  return html + "</table>\n";
}

std::string confusion_html(const Evaluation& test) {
  std::vector<std::string> header = {"true \\ predicted"};
  for (std::size_t p = 0; p < kMnistClasses; ++p)
    header.push_back(std::to_string(p));
  std::string html = "<table>\n" + row(header, "th");
  for (std::size_t t = 0; t < kMnistClasses; ++t) {
    std::vector<std::string> cells = {"<b>" + std::to_string(t) + "</b>"};
    for (std::size_t p = 0; p < kMnistClasses; ++p) {
      const std::string count = std::to_string(test.confusion[t][p]);
      cells.push_back(t == p ? "<b>" + count + "</b>" : count);
    }
    html += row(cells);
  }
  return html + "</table>\n";
}

}  // namespace

std::string html_report(const LabRun& run, const LabPlots& plots) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += "<title>MNIST lab: " + join_sizes(run.options.layers) + " " +
          xml_escape(run.options.activation) + "</title>\n<style>" + kStyle +
          "</style>\n</head>\n<body>\n";
  html += "<h1>MNIST lab report</h1>\n<p>A " + std::to_string(run.options.layers.size() - 1) +
          "-layer perceptron " + join_sizes(run.options.layers) + " with " +
          xml_escape(run.options.activation) +
          " activations, trained by minibatch SGD on "
          "softmax cross-entropy.</p>\n";
  if (!run.stopped_early.empty()) {
    html += "<p class=\"note\">Training stopped early: " + xml_escape(run.stopped_early) + "</p>\n";
  }
  html += "<h2>Settings</h2>\n" + settings_table(run);
  html += "<h2>Test result</h2>\n<p>Accuracy on the " + std::to_string(test_count(run.test)) +
          " test images: <b>" + fixed(100 * run.test.accuracy, 2) + "%</b> (mean loss " +
          fixed(run.test.loss, 4) + ").</p>\n";
  html +=
      "<h2>Training curves</h2>\n<p>If the validation curve stalls or falls while the "
      "training curve keeps improving, the network is starting to overfit.</p>\n";
  html += "<div class=\"plots\">\n" + plots.loss + plots.accuracy + "</div>\n";
  html +=
      "<h2>How the weights evolve</h2>\n<p>The largest absolute weight of each layer after "
      "every epoch (epoch 0 is the random initialisation).</p>\n" +
      plots.weights;
  html += "<h2>Per epoch</h2>\n" + epochs_table(run);
  html +=
      "<h2>Confusion matrix</h2>\n<p>Row: the true digit; column: the network's answer. "
      "Off-diagonal cells are the mistakes.</p>\n" +
      confusion_html(run.test);
  html += "<h2>Misclassified test digits</h2>\n" + plots.misclassified;
  return html + "</body>\n</html>\n";
}

}  // namespace mlp
