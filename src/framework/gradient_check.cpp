// gradient_check.cpp — central differences compared with backward(), entry by entry.
#include "framework/gradient_check.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

#include "framework/random.hpp"

namespace mlp {
namespace {

// Compares `analytic` with the central-difference gradient of loss() with respect to every entry
// of `variable` (which loss() must read). Each entry is restored exactly after its nudges.
GradientComparison compare(const std::string& component, const std::string& quantity,
                           Matrix& variable, const Matrix& analytic,
                           const std::function<double()>& loss,
                           const GradientCheckOptions& options) {
  require_same_shape(variable, analytic, "gradient_check");
  GradientComparison result;
  result.component = component;
  result.quantity = quantity;
  result.shape = variable.shape();
  result.all_zero = true;
  result.relative_error = -1;
  for (std::size_t i = 0; i < variable.size(); ++i) {
    const Scalar original = variable.data()[i];
    variable.data()[i] = static_cast<Scalar>(original + options.step);
    const double loss_plus = loss();
    variable.data()[i] = static_cast<Scalar>(original - options.step);
    const double loss_minus = loss();
    variable.data()[i] = original;

    const double numeric = (loss_plus - loss_minus) / (2 * options.step);
    const double a = analytic.data()[i];
    const double denominator = std::max({std::fabs(a), std::fabs(numeric), options.floor});
    const double error = std::fabs(a - numeric) / denominator;
    if (a != 0 || numeric != 0) result.all_zero = false;
    if (error > result.relative_error) {
      result.relative_error = error;
      result.worst_row = i / variable.cols();
      result.worst_col = i % variable.cols();
      result.analytic = a;
      result.numeric = numeric;
    }
  }
  result.passed = !result.all_zero && result.relative_error <= options.tolerance;
  return result;
}

// Σ_ij a_ij · b_ij
double dot(const Matrix& a, const Matrix& b) {
  double total = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    total += double(a.data()[i]) * double(b.data()[i]);
  return total;
}

}  // namespace

bool GradientCheckReport::passed() const {
  if (comparisons.empty()) return false;
  for (const GradientComparison& c : comparisons) {
    if (!c.passed) return false;
  }
  return true;
}

double GradientCheckReport::worst_relative_error() const {
  double worst = 0;
  for (const GradientComparison& c : comparisons)
    worst = std::max(worst, c.relative_error);
  return worst;
}

std::string GradientCheckReport::str() const {
  char line[256];
  std::snprintf(line, sizeof line,
                "gradient check: central differences with h = %g, tolerance %g\n", options.step,
                options.tolerance);
  std::string text = line;
  std::snprintf(line, sizeof line, "  %-28s %-9s %-11s %-10s %14s %14s %10s\n", "component",
                "quantity", "shape", "worst at", "analytic", "numeric", "rel. error");
  text += line;
  for (const GradientComparison& c : comparisons) {
    const std::string at =
        "(" + std::to_string(c.worst_row) + ", " + std::to_string(c.worst_col) + ")";
    std::snprintf(line, sizeof line, "  %-28s %-9s %-11s %-10s %14.6e %14.6e %10.2e  %s\n",
                  c.component.c_str(), c.quantity.c_str(), c.shape.c_str(), at.c_str(), c.analytic,
                  c.numeric, c.relative_error,
                  c.all_zero ? "FAILED: all gradients are zero, nothing was checked"
                             : (c.passed ? "ok" : "FAILED"));
    text += line;
  }
  return text;
}

GradientCheckReport gradient_check(Layer& layer, const Matrix& input,
                                   const GradientCheckOptions& options) {
  Rng rng(options.seed);
  Matrix output_weights = layer.forward(input);  // R, shaped like the output
  for (std::size_t i = 0; i < output_weights.size(); ++i) {
    output_weights.data()[i] = static_cast<Scalar>(rng.normal());
  }
  const Matrix grad_input = layer.backward(output_weights);  // copies: forward may reuse buffers
  std::vector<Matrix> grad_parameters;
  for (const Parameter& p : layer.parameters())
    grad_parameters.push_back(*p.gradient);

  Matrix x = input;
  auto loss = [&] { return dot(layer.forward(x), output_weights); };
  GradientCheckReport report{options, {}};
  std::vector<Parameter> parameters = layer.parameters();
  for (std::size_t k = 0; k < parameters.size(); ++k) {
    report.comparisons.push_back(compare(layer.name(), parameters[k].name, *parameters[k].value,
                                         grad_parameters[k], loss, options));
  }
  report.comparisons.push_back(compare(layer.name(), "input", x, grad_input, loss, options));
  return report;
}

GradientCheckReport gradient_check(const Loss& loss, const Matrix& prediction, const Matrix& target,
                                   const GradientCheckOptions& options) {
  Matrix analytic;
  loss.gradient(prediction, target, analytic);
  Matrix p = prediction;
  auto value = [&] { return loss.value(p, target); };
  return {options, {compare(loss.name(), "prediction", p, analytic, value, options)}};
}

GradientCheckReport gradient_check(Network& network, const Loss& loss, const Matrix& inputs,
                                   const Matrix& targets, const GradientCheckOptions& options) {
  Matrix grad_output;
  loss.gradient(network.forward(inputs), targets, grad_output);
  const Matrix grad_input = network.backward(grad_output);

  Matrix x = inputs;
  auto value = [&] { return loss.value(network.forward(x), targets); };
  GradientCheckReport report{options, {}};
  for (std::size_t i = 0; i < network.layer_count(); ++i) {
    Layer& layer = network.layer(i);
    const std::string component = std::to_string(i) + ":" + layer.name();
    for (const Parameter& p : layer.parameters()) {
      const Matrix analytic = *p.gradient;
      report.comparisons.push_back(compare(component, p.name, *p.value, analytic, value, options));
    }
  }
  report.comparisons.push_back(compare("network", "input", x, grad_input, value, options));
  return report;
}

}  // namespace mlp
