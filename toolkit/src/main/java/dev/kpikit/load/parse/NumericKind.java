package dev.kpikit.load.parse;

/** What a decimal column holds; decides which marks are accepted around the digits. */
enum NumericKind {
  /** Currency symbols and ISO codes accepted; no scientific notation. */
  MONEY("a money amount", true, false, false),
  /** Scientific notation accepted; no currency. */
  NUMBER("a number", false, true, false),
  /** A trailing {@code %} divides by 100; no currency, no scientific notation. */
  PERCENT("a percentage", false, false, true);

  final String noun;
  final boolean acceptsCurrency;
  final boolean acceptsExponent;
  final boolean acceptsPercentSign;

  NumericKind(String noun, boolean currency, boolean exponent, boolean percentSign) {
    this.noun = noun;
    this.acceptsCurrency = currency;
    this.acceptsExponent = exponent;
    this.acceptsPercentSign = percentSign;
  }

  /** A failure saying that {@code value} is not of this kind, and why. */
  ParseFailure reject(String value, String why) {
    return new ParseFailure(Quote.of(value) + " is not " + noun + " (" + why + ")");
  }
}
