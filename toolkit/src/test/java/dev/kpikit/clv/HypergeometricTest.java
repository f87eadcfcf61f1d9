package dev.kpikit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code log 2F1} against closed forms and against mpmath 1.3 at 30 digits ({@code
 * mp.dps = 30; log(hyp2f1(a, b, c, z))}), across the direct series ({@code z <= 0.95}), the
 * connection formula near 1 (with integer {@code c - a - b}, where it has poles) and parameters of
 * customers with hundreds of purchases.
 */
class HypergeometricTest {

  @ParameterizedTest
  @CsvSource({
    "0.5, 1.5, 2.5, 0.3, 0.10261304075412550448",
    "0.2426, 2.4259, 2.2188, 0.9, 0.66560274108560198396",
    "10.2426, 12.4259, 12.2188, 0.47, 6.6176889941472394244",
    "300.24, 302.43, 302.22, 0.09, 28.335519772465770005",
    "1.1596, 1.6062, 2.1596, 0.99, 3.3712195768280666502",
    "2.0, 3.0, 4.5, 0.999, 5.6811629945194145359",
    "0.7, 1.3, 3.0, 0.97, 0.55733197722058713567",
    "500.5, 1.6, 501.5, 0.9, 3.6562958296414005192",
    "1, 1, 2, 0.99, 1.5372299616614023665",
    "2, 3, 6, 0.98, 2.0434324327852786078",
    "0.5, 0.5, 3, 0.996, 0.12280122105171148521",
    "0.25, 2.5, 1.75, 0.999, 5.2621473192466182508"
  })
  void log2F1_matchesMpmath(double a, double b, double c, double z, double expected) {
    assertEquals(expected, Hypergeometric.log2F1(a, b, c, z), 1e-9 * Math.max(1, Math.abs(expected)));
  }

  @ParameterizedTest
  @CsvSource({"0.3, 0.2", "2.5, 0.6", "0.7, 0.93", "4, 0.97", "1.5, 0.999"})
  void equalNumeratorAndDenominator_isAPowerOfOneMinusZ(double a, double z) {
    // 2F1(a, b; b; z) = (1 - z)^-a for any b
    assertEquals(-a * Math.log1p(-z), Hypergeometric.log2F1(a, 1.7, 1.7, z), 1e-10);
  }

  @ParameterizedTest
  @CsvSource({"0.1", "0.5", "0.9", "0.96", "0.999"})
  void oneOneTwo_isTheLogarithmSeries(double z) {
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z
    assertEquals(Math.log(-Math.log1p(-z) / z), Hypergeometric.log2F1(1, 1, 2, z), 1e-10);
  }

  @ParameterizedTest
  @CsvSource({
    "1200.5, 1203.2, 1202.9, 0.5, 832.33083494673393004", // e^832: beyond a double as a value
    "5000, 3, 5001, 0.3, 1.0697677954189898279"
  })
  void largeParameters_matchMpmathInLogSpace(double a, double b, double c, double z, double expected) {
    assertEquals(expected, Hypergeometric.log2F1(a, b, c, z), 1e-9 * expected);
  }

  @ParameterizedTest
  @CsvSource({"0.3, 0.5, 0.2", "0.1, 1.7, 0.6", "2.5, 0.4, 0.97"})
  void negativeC_followsTheContiguousRelation_asASeries(double a, double b, double z) {
    // c = -0.4: the series sum_n (a)_n (b)_n / ((c)_n n!) z^n still converges (signs vary)
    double c = -0.4;
    double term = 1;
    double sum = 1;
    for (int n = 0; n < 200_000; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      sum += term;
    }
    assertEquals(sum, Hypergeometric.value(a, b, c, z), 1e-9 * Math.abs(sum));
  }

  @ParameterizedTest
  @CsvSource({"0, 1, 1, 0.5", "1, 1, 1, 1", "1, 1, 1, -0.5", "1, -1, 1, 0.5"})
  void outsideTheRegion_isRefused(double a, double b, double c, double z) {
    assertThrows(ArithmeticException.class, () -> Hypergeometric.log2F1(a, b, c, z));
  }
}
