using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection;

/// <summary>
/// A recognizer in the Presidio sense: it finds candidates, validates them (checksums, formats) and
/// gives each a base score. Context words and thresholds are applied afterwards by the
/// <see cref="DetectorEngine"/>, so a detector never needs to know about configuration.
/// </summary>
/// <remarks>
/// Implementations must be stateless and thread-safe (one instance serves every worker), must not
/// allocate per scanned string, and must find their anchors with vectorized searches
/// (<c>IndexOfAny</c> over <c>SearchValues</c>) rather than regular expressions.
/// </remarks>
public abstract class Detector
{
    /// <summary>The rule name used in the rules file, e.g. <c>us_ssn</c>.</summary>
    public abstract string Id { get; }

    /// <summary>The entity types this detector can emit.</summary>
    public abstract IReadOnlyList<string> EntityTypes { get; }

    /// <summary>Appends candidate findings with their base scores. Never throws on any input.</summary>
    public abstract void Scan(ReadOnlySpan<char> text, FindingList findings);

    /// <summary>
    /// The engine's entry point: the same findings as <see cref="Scan(ReadOnlySpan{char}, FindingList)"/>,
    /// given the text's anchor classes, which the engine computes once for all detectors. Detectors
    /// that anchor on those classes derive from <see cref="AnchoredDetector"/> and read the masks instead of searching the text.
    /// </summary>
    internal virtual void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings) => Scan(text, findings);

    /// <summary>
    /// The threshold and context words used for <paramref name="entityType"/> when the rules file says
    /// nothing. A rules file may override both; `streamfilter rules defaults` prints them.
    /// </summary>
    public virtual EntityScoring DefaultScoring(string entityType) => EntityScoring.Default;

    /// <summary>
    /// True for detectors whose candidates can only pass with a context word (a bare 9-digit passport
    /// number is indistinguishable from an order number). The engine runs them only on texts that
    /// contain one of their configured context words.
    /// </summary>
    public virtual bool RequiresContext => false;

    /// <summary>
    /// For a <see cref="RequiresContext"/> detector whose key words are not its entity type's context
    /// words (card_details reports <c>CREDIT_CARD</c>, but only "cvv" or "exp" can make it find
    /// anything): the words that open the engine's gate for it. Null: its entity types' context words.
    /// </summary>
    internal virtual IReadOnlyList<string>? GateWords => null;
}
