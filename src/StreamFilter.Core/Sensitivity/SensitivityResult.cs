namespace StreamFilter.Core.Sensitivity;

/// <summary>
/// The sensitivity decision for one event: its level (the highest any signal gives), its categories
/// (their union; <c>work</c> alone when nothing raised it) and the signals behind them.
/// </summary>
public sealed record SensitivityResult
{
    public SensitivityResult(SensitivityLevel level, IReadOnlyList<string> categories, IReadOnlyList<SensitivitySignal> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        Level = level;
        Categories = categories;
        Signals = signals;
        Reasons = signals.Select(s => s.Reason).ToArray();
    }

    /// <summary>Shared result for the common case, so ordinary events allocate nothing.</summary>
    public static SensitivityResult Ordinary { get; } = new(SensitivityLevel.Ordinary, [Category.Work], []);

    public SensitivityLevel Level { get; }

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<SensitivitySignal> Signals { get; }

    /// <summary>The signals' reasons, for the audit record.</summary>
    public IReadOnlyList<string> Reasons { get; }
}
