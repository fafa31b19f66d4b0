using System.Collections.Frozen;
using System.Text;
using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Redaction;

/// <summary>
/// Applies the configured operator of each finding's entity type to a text. Detection and redaction
/// are separate (as in Presidio): findings come in already resolved to non-overlapping spans.
/// </summary>
public sealed class Redactor
{
    private readonly FrozenDictionary<string, RedactionOperator> _operators;
    private readonly RedactionOperator _fallback;
    private readonly Pseudonymizer _pseudonymizer;

    public Redactor(IReadOnlyDictionary<string, RedactionOperator> operators, RedactionOperator fallback, Pseudonymizer pseudonymizer)
    {
        _operators = operators.ToFrozenDictionary(StringComparer.Ordinal);
        _fallback = fallback;
        _pseudonymizer = pseudonymizer;
    }

    /// <summary>The operators configured per entity type; any other type gets <see cref="Fallback"/>.</summary>
    public IReadOnlyDictionary<string, RedactionOperator> Operators => _operators;

    public RedactionOperator Fallback => _fallback;

    public RedactionOperator OperatorFor(string entityType) => _operators.GetValueOrDefault(entityType, _fallback);

    /// <summary>
    /// Returns the redacted text, or null when an operator says the whole field must be dropped.
    /// <paramref name="findings"/> must be sorted by start and must not overlap.
    /// </summary>
    public string? Redact(ReadOnlySpan<char> text, ReadOnlySpan<Finding> findings)
    {
        if (findings.IsEmpty)
        {
            return text.ToString();
        }
        foreach (var f in findings)
        {
            if (OperatorFor(f.EntityType).Kind == OperatorKind.DropField)
            {
                return null;
            }
        }
        var sb = new StringBuilder(text.Length + 16 * findings.Length);
        var cursor = 0;
        foreach (var f in findings)
        {
            sb.Append(text[cursor..f.Start]);
            Apply(OperatorFor(f.EntityType), f.EntityType, text[f.Start..f.End], sb);
            cursor = f.End;
        }
        sb.Append(text[cursor..]);
        return sb.ToString();
    }

    private void Apply(RedactionOperator op, string entityType, ReadOnlySpan<char> value, StringBuilder sb)
    {
        switch (op.Kind)
        {
            case OperatorKind.Mask:
                AppendMasked(value, op.KeepLast, op.MaskChar, sb);
                break;
            case OperatorKind.Pseudonym:
                _pseudonymizer.Write(entityType, value, sb);
                break;
            default:
                sb.Append('[').Append(entityType).Append(']');
                break;
        }
    }

    /// <summary>Masks letters and digits, keeps separators (so a card keeps its shape), and shows the
    /// last <paramref name="keepLast"/> letters or digits at most, never more than a quarter of them.</summary>
    private static void AppendMasked(ReadOnlySpan<char> value, int keepLast, char maskChar, StringBuilder sb)
    {
        var significant = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                significant++;
            }
        }
        var keep = Math.Min(keepLast, significant / 4);
        var seen = 0;
        foreach (var c in value)
        {
            if (!char.IsLetterOrDigit(c))
            {
                sb.Append(c);
                continue;
            }
            seen++;
            sb.Append(seen > significant - keep ? c : maskChar);
        }
    }
}
