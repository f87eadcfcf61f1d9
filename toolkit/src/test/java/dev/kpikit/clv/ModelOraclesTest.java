package dev.kpikit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The closed forms (2F1 and all) against their integral definitions, computed by Simpson's rule:
 *
 * <ul>
 *   <li>Pareto/NBD likelihood: {@code G(r+x) a^r b^s / G(r) [ (a+T)^-(r+x) (b+T)^-s + s
 *       Int_tx^T (a+u)^-(r+x) (b+u)^-(s+1) du ]} (a purchase process that dies at u in (tx, T]);
 *   <li>Pareto/NBD E[Y(t) | alive] = {@code (r+x)/(a+T) Int_0^t ((b+T)/(b+T+u))^s du};
 *   <li>BG/NBD E[Y(t) | alive] = {@code E[(1 - ((a+T)/(a+T+p t))^(r+x)) / p]} over {@code p ~
 *       Beta(a, b+x)}, integrated after {@code p = v^(1/a)} to remove the density's pole at 0.
 * </ul>
 *
 * Parameters are the published CDNOW fits; histories span no purchase to 40, short to long ages.
 */
class ModelOraclesTest {
  static final ParetoNbd PARETO = new ParetoNbd(0.5533, 10.5776, 0.6061, 11.6650);
  static final BgNbd BG = new BgNbd(0.2426, 4.4136, 0.7929, 2.4259);

  static double simpson(DoubleUnaryOperator f, double from, double to, int n) {
    double h = (to - from) / n;
    double s = f.applyAsDouble(from) + f.applyAsDouble(to);
    for (int i = 1; i < n; i++) {
      s += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(from + i * h);
    }
    return s * h / 3;
  }

  @ParameterizedTest
  @CsvSource({"0, 0, 38.86", "2, 30.43, 38.86", "1, 1.71, 38.86", "5, 20, 32", "40, 36.5, 38", "3, 0.5, 70"})
  void paretoLikelihood_equalsItsIntegralForm(int x, double tx, double age) {
    double r = PARETO.r(), al = PARETO.alpha(), s = PARETO.s(), be = PARETO.beta();
    double integral =
        simpson(u -> Math.pow(al + u, -(r + x)) * Math.pow(be + u, -(s + 1)), tx, age, 200_000);
    double bracket = Math.pow(al + age, -(r + x)) * Math.pow(be + age, -s) + s * integral;
    double expected = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(al) + s * Math.log(be)
        + Math.log(bracket);
    assertEquals(expected, PARETO.logLikelihood(x, tx, age), 1e-9 * Math.abs(expected));
    double first = Math.pow(al + age, -(r + x)) * Math.pow(be + age, -s);
    assertEquals(first / bracket, PARETO.pAlive(x, tx, age), 1e-9);
  }

  @ParameterizedTest
  @CsvSource({"0, 38.86, 39", "2, 38.86, 39", "7, 20, 52", "40, 38, 10", "1, 5, 400"})
  void paretoExpectation_equalsItsIntegralForm(int x, double age, double t) {
    double r = PARETO.r(), al = PARETO.alpha(), s = PARETO.s(), be = PARETO.beta();
    double expected =
        (r + x) / (al + age) * simpson(u -> Math.pow((be + age) / (be + age + u), s), 0, t, 20_000);
    assertEquals(expected, PARETO.expectedPurchasesIfAlive(t, x, age), 1e-9 * expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 38.86, 39", "2, 38.86, 39", "7, 20, 52", "40, 38, 10", "0, 0.5, 78", "1, 5, 400"})
  void bgNbdExpectation_equalsItsIntegralForm(int x, double age, double t) {
    double r = BG.r(), al = BG.alpha(), a = BG.a(), b = BG.b();
    double norm = Math.exp(Beta.logBeta(a, b + x)) * a;
    double expected =
        simpson(
                v -> {
                  if (v == 0) {
                    return (r + x) * t / (al + age); // the limit of the bracket over p at p = 0
                  }
                  double p = Math.pow(v, 1 / a);
                  double bracket = -Math.expm1((r + x) * Math.log((al + age) / (al + age + p * t))) / p;
                  return bracket * Math.pow(1 - p, b + x - 1);
                },
                0,
                1,
                400_000)
            / norm;
    assertEquals(expected, BG.expectedPurchasesIfAlive(t, x, age), 1e-7 * expected);
  }
}
