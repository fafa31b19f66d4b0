namespace StreamFilter.Core.Tests.Corpora;

/// <summary>
/// How StreamFilter did on the Presidio cases of one entity type. Strong positives and negatives make
/// the pass rate; weak positives (Presidio scores them below 0.5) are counted apart: for those we
/// report whether our detector produced the candidate at all and whether it was reported without help.
/// </summary>
internal sealed class PresidioTypeResult(string presidioEntity, string ourEntity, bool registered)
{
    public string PresidioEntity { get; } = presidioEntity;

    public string OurEntity { get; } = ourEntity;

    /// <summary>False when no detector of this build emits <see cref="OurEntity"/>.</summary>
    public bool Registered { get; } = registered;

    public int Positives { get; set; }

    public int PositivesPassed { get; set; }

    public int Negatives { get; set; }

    public int NegativesPassed { get; set; }

    public int Weak { get; set; }

    public int WeakCandidates { get; set; }

    public int WeakReported { get; set; }

    public int ValidationCases { get; set; }

    public int ValidationPassed { get; set; }

    /// <summary>Corpus line numbers of failed cases (never their texts: test output carries no values).</summary>
    public List<int> FailedLines { get; } = [];

    public int Judged => Positives + Negatives + ValidationCases;

    public int Passed => PositivesPassed + NegativesPassed + ValidationPassed;

    public double PassRate => Judged == 0 ? 0 : (double)Passed / Judged;
}
