using StreamFilter.Core.Events;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// The keystroke stage masked a key: it is judged like any event (app, title and URL scanned, context
/// rules and policy applied) but written with the mask key, counted as <see cref="EntityType"/>, and
/// audited with <see cref="Reason"/>.
/// </summary>
internal readonly record struct KeyVerdictOverride(string Reason, string? EntityType)
{
    public InputEvent Mask(InputEvent evt, string maskKey) => evt with { Keystroke = evt.Keystroke! with { Key = maskKey } };
}
