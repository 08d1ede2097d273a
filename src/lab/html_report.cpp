// html_report.cpp — assembling the lab's HTML report.
#include "lab/html_report.hpp"

#include <cmath>
#include <cstdio>

#include "lab/run_record.hpp"
#include "report/svg.hpp"

namespace mlp {

const char* const kLabPageStyle =
    "body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;"
    "color:#222;line-height:1.4}table{border-collapse:collapse;margin:1em 0;display:block;"
    "overflow-x:auto;max-width:100%}td,th{border:1px solid #ccc;padding:3px 8px;"
    "text-align:right}td{white-space:nowrap}th{background:#f3f3f3}td.text{text-align:left}svg{max-"
    "width:100%;"
    "height:auto}.plots{display:flex;flex-wrap:wrap;gap:1em}.plots svg{flex:1 1 420px}"
    ".note{color:#a00}.result{font-size:1.3em}tr.best td{background:#fff3c4}"
    "td.differs{background:#fff3c4;font-weight:bold}code{background:#f3f3f3;padding:1px 4px;"
    "overflow-wrap:anywhere}";

std::string html_row(const std::vector<std::string>& cells, const char* tag) {
  std::string html = "<tr>";
  for (const std::string& cell : cells)
    html += std::string("<") + tag + ">" + cell + "</" + tag + ">";
  return html + "</tr>\n";
}

namespace {

std::string fixed(double value, int decimals) {
  if (!std::isfinite(value)) return "—";
  char text[48];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string settings_table(const LabRun& run) {
  std::string html = "<table>\n";
  for (const Setting& setting : run_settings(run)) {
    const std::string value = xml_escape(setting.second);
    html += "<tr><th>" + setting.first + "</th><td class=\"text\">" +
            (setting.first == "command" ? "<code>" + value + "</code>" : value) + "</td></tr>\n";
  }
  return html + "</table>\n";
}

std::string layer_values(const std::vector<double>& values, int significant) {
  std::string text;
  for (double v : values)
    text += (text.empty() ? "" : ", ") + (std::isfinite(v) ? short_number(v, significant) : "—");
  return text;
}

std::string epochs_table(const LabRun& run) {
  std::string html = "<table>\n";
  html += html_row({"epoch", "learning rate", "train loss", "train acc", "validation loss",
                    "validation acc", "max |w| per layer", "RMS |w|", "‖∂L/∂W‖", "seconds"},
                   "th");
  for (const EpochMetrics& m : run.history) {
    const bool best = m.epoch == run.best_epoch && m.epoch > 0;
    html += best ? "<tr class=\"best\">" : "<tr>";
    for (const std::string& cell :
         {std::to_string(m.epoch) + (best ? " (best)" : ""), short_number(m.learning_rate, 4),
          fixed(m.train_loss, 4), fixed(100 * m.train_accuracy, 2) + "%",
          fixed(m.validation_loss, 4), fixed(100 * m.validation_accuracy, 2) + "%",
          layer_values(m.max_abs_weights, 3), layer_values(m.rms_weights, 3),
          layer_values(m.gradient_norms, 3), fixed(m.seconds, 2)}) {
      html += "<td>" + cell + "</td>";
    }
    html += "</tr>\n";
  }
  return html + "</table>\n";
}

// The shade of a cell: the share of the row's images that landed there, as a blue background
// (white for none, dark blue for all), with white text on the dark cells.
std::string shaded_cell(std::size_t count, std::size_t row_total) {
  const double share = row_total > 0 ? double(count) / double(row_total) : 0;
  const double strength = count == 0 ? 0 : 0.08 + 0.92 * std::sqrt(share);
  const int red = int(255 - strength * (255 - 0)), green = int(255 - strength * (255 - 90)),
            blue = int(255 - strength * (255 - 170));
  char style[96];
  std::snprintf(style, sizeof style, " style=\"background:rgb(%d,%d,%d)%s\"", red, green, blue,
                strength > 0.55 ? ";color:#fff" : "");
  return "<td" + std::string(style) + ">" + std::to_string(count) + "</td>";
}

std::string confusion_html(const Evaluation& test) {
  std::vector<std::string> header = {"true \\ predicted"};
  for (std::size_t p = 0; p < kMnistClasses; ++p)
    header.push_back(std::to_string(p));
  header.push_back("accuracy");
  std::string html = "<table>\n" + html_row(header, "th");
  for (std::size_t t = 0; t < kMnistClasses; ++t) {
    std::size_t total = 0;
    for (std::size_t cell : test.confusion[t])
      total += cell;
    html += "<tr><th>" + std::to_string(t) + "</th>";
    for (std::size_t p = 0; p < kMnistClasses; ++p)
      html += shaded_cell(test.confusion[t][p], total);
    const double accuracy = total > 0 ? double(test.confusion[t][t]) / double(total) : NAN;
    html += "<td>" + fixed(100 * accuracy, 1) + "%</td></tr>\n";
  }
  return html + "</table>\n";
}

std::string test_result(const LabRun& run) {
  if (!std::isfinite(run.test.loss)) {
    return "<p class=\"note\">No test result: the network's outputs are no longer finite "
           "numbers.</p>\n";
  }
  std::size_t count = 0;
  for (const auto& row : run.test.confusion) {
    for (std::size_t cell : row)
      count += cell;
  }
  const std::string tested = run.restored_best
                                 ? " with the weights of epoch " + std::to_string(run.best_epoch) +
                                       ", the best validation accuracy (--keep-best)"
                                 : " after epoch " + std::to_string(run.history.back().epoch);
  return "<p class=\"result\">Test accuracy on the " + std::to_string(count) + " test images: <b>" +
         fixed(100 * run.test.accuracy, 2) + "%</b> (mean loss " + fixed(run.test.loss, 4) + ")" +
         tested + ".</p>\n";
}

std::string curves(const LabPlots& plots) {
  if (!plots.has_curves) {
    return "<p class=\"note\">Training stopped during its first epoch, so there are no curves "
           "to draw; the table below has what was measured.</p>\n";
  }
  return "<h2>Training curves</h2>\n<p>Epoch 0 is the untrained network: a loss near ln 10 ≈ "
         "2.30 and an accuracy near 10%, the level of guessing. If the validation curve stalls "
         "or falls while the training curve keeps improving, the network is starting to "
         "overfit.</p>\n<div class=\"plots\">\n" +
         plots.loss + plots.accuracy +
         "</div>\n<p>The training loss of an epoch is the mean over its minibatches, each "
         "measured before its own SGD step, while the network was still improving; the "
         "validation loss is measured once, after the epoch. That is why the training loss "
         "can sit above the validation loss at epoch 1.</p>\n"
         "<h2>How the weights evolve</h2>\n<p>The largest absolute weight and the root mean "
         "square of the weights of each layer, per epoch (epoch 0 is the random "
         "initialisation).</p>\n" +
         plots.weights +
         "<h2>How large the gradients are</h2>\n<p>The norm of ∂L/∂W of each layer, averaged "
         "over the epoch's minibatches, on a log scale: one step down is ten times smaller. "
         "Layers whose gradient is much smaller than the others' learn correspondingly "
         "slower.</p>\n" +
         plots.gradients;
}

}  // namespace

std::string html_report(const LabRun& run, const LabPlots& plots) {
  const std::string sizes = run_settings(run).front().second;
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += "<title>MNIST lab: " + sizes + " " + xml_escape(run.options.activation) +
          "</title>\n<style>" + kLabPageStyle + "</style>\n</head>\n<body>\n";
  html += "<h1>MNIST lab report</h1>\n<p>A " + std::to_string(run.options.layers.size() - 1) +
          "-layer perceptron " + sizes +
          (run.options.layers.size() > 2
               ? " with " + xml_escape(run.options.activation) + " activations"
               : "") +
          ", trained by minibatch SGD on softmax cross-entropy. Run folder: <code>" +
          xml_escape(run.options.output_folder) + "</code></p>\n";
  if (!run.stopped_early.empty()) {
    html += "<p class=\"note\">Training stopped early: " + xml_escape(run.stopped_early) + "</p>\n";
  }
  html += test_result(run);
  html += "<h2>Settings</h2>\n" + settings_table(run);
  html += curves(plots);
  html +=
      "<h2>The first layer's weights as images</h2>\n<p>Each tile shows the 784 weights "
      "into one unit of the first layer, laid out like the 28×28 input: grey is 0, dark "
      "positive, light negative. The first two rows are the start, the next two the end of "
      "training, on one scale; the last two show the change on a scale of their own.</p>\n" +
      plots.first_layer;
  html += "<h2>Per epoch</h2>\n" + epochs_table(run);
  if (std::isfinite(run.test.loss)) {
    html +=
        "<h2>Confusion matrix and per-class accuracy</h2>\n<p>Row: the true digit; column: "
        "the network's answer; the darker a cell, the larger its share of the row. "
        "Off-diagonal cells are the mistakes.</p>\n" +
        confusion_html(run.test);
    html +=
        "<h2>Misclassified test digits</h2>\n<p>Each caption gives the test index (see it "
        "with <code>mnist_lab predict --index N</code>), the true and the predicted digit, and "
        "the probability the network gave its answer.</p>\n" +
        plots.misclassified;
  }
  return html + "</body>\n</html>\n";
}

}  // namespace mlp
