using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Dates of birth: a calendar date in a common format (03/14/1985, 14.03.1985, 1985-03-14, 3/14/85,
/// March 14, 1985, 14 Mar 1985) with a year from 1900 to 2099. Any date could be a birth date, so a
/// candidate is only reported next to "DOB", "date of birth" or "born". Timestamps such as
/// 2024-06-01T10:00:00Z are not dates of birth and are not candidates.
/// </summary>
public sealed class DateOfBirthDetector : DigitRunDetector
{
    internal const float Score = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.DateOfBirth];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["dob", "d.o.b", "date of birth", "birth date", "birthdate", "birthday", "born", "birth"]));

    public override string Id => "date_of_birth";

    public override bool RequiresContext => true;

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    /// <summary>A day or month (1-2 digits) or a year (4) comes first.</summary>
    public override ulong RunLengths { get; } = LengthBit(1) | LengthBit(2) | LengthBit(4);

    public override void MatchRun(ReadOnlySpan<char> text, int start, int run, FindingList findings)
    {
        var found = Chars.IsNumberStart(text, start) ? DateParser.Match(text, start, run) : default;
        if (found.End > 0 && Chars.IsWordEnd(text, found.End) && IsFree(text, found.End))
        {
            findings.Add(EntityType.DateOfBirth, found.Start, found.End, Score);
        }
    }

    /// <summary>A time or another number glued on ("1985-03-14T10:00", "03/14/1985/2") disqualifies the date.</summary>
    private static bool IsFree(ReadOnlySpan<char> text, int end) =>
        end >= text.Length || !(text[end] is '-' or '/' or '.' or ':' && end + 1 < text.Length && Chars.IsDigit(text[end + 1]));
}
