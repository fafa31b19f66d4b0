namespace StreamFilter.Core.Ocr;

/// <summary>
/// The outcome of scanning one frame. <see cref="RedactedTexts"/> is parallel to the input blocks
/// (unchanged text where nothing was found, null where a drop-field operator removed it); findings and boxes never carry values.
/// </summary>
public sealed record OcrScanResult(IReadOnlyList<string?> RedactedTexts, IReadOnlyList<OcrFinding> Findings, IReadOnlyList<BlurBox> Boxes)
{
    public bool HasFindings => Findings.Count > 0;
}
