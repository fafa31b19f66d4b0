using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection;

/// <summary>
/// A built-in detector that finds its candidates in the text's <see cref="TextAnchors"/> (the class
/// masks the engine computes once per text). Scanned on its own, outside the engine, it computes the
/// anchors itself, so tests and custom engines get the same findings either way.
/// </summary>
public abstract class AnchoredDetector : Detector
{
    public sealed override void Scan(ReadOnlySpan<char> text, FindingList findings) =>
        Scan(text, TextAnchors.ForStandalone(text), findings);

    internal abstract override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings);
}
