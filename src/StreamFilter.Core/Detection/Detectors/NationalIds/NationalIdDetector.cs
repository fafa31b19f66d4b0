namespace StreamFilter.Core.Detection.Detectors.NationalIds;

/// <summary>
/// What the national, tax and health id detectors share: an id, entity types and default scoring set
/// once, and the two scores every one of them gives. A checksum-valid value in its distinctive written
/// form is reported alone; a value whose shape ordinary numbers share (nine bare digits passing a 1-in-11
/// check) needs one of the id's context words, in the languages it is written in.
/// </summary>
public abstract class NationalIdDetector : DigitRunDetector
{
    /// <summary>
    /// Reported without context; above a formatted national phone number (0.6), since many ids are
    /// also valid phone numbers somewhere ("871220-2384" is a Mexican one) and the checksum is the
    /// stronger evidence.
    /// </summary>
    internal const float Score = 0.65f;

    /// <summary>Reported only next to a context word (0.3 + 0.35 = 0.65, above a formatted phone's 0.6 on the same span).</summary>
    internal const float WeakScore = 0.3f;

    private readonly string _id;
    private readonly IReadOnlyList<string> _types;
    private readonly EntityScoring _scoring;

    protected NationalIdDetector(string id, string[] context, params string[] types)
    {
        _id = id;
        _types = types;
        _scoring = new EntityScoring(0.5f, new ContextWords(context));
    }

    public sealed override string Id => _id;

    public sealed override IReadOnlyList<string> EntityTypes => _types;

    public sealed override EntityScoring DefaultScoring(string entityType) => _scoring;
}
