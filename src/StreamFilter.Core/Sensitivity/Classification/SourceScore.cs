namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// How the classifier did on one source's examples: <see cref="Correct"/> counts the most probable
/// category, <see cref="Raised"/> the examples the thresholds raise to level 3+ (for a work source the
/// over-redaction count, for a sensitive one its complement is the leak count), <see cref="RaisedOwn"/>
/// those raised in their own category.
/// </summary>
public sealed record SourceScore(string Name, string Category, int Examples, int Correct, int Raised, int RaisedOwn)
{
    public double Accuracy => Examples == 0 ? 0 : (double)Correct / Examples;

    public double RaisedRate => Examples == 0 ? 0 : (double)Raised / Examples;
}
