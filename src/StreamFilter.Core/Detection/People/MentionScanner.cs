namespace StreamFilter.Core.Detection.People;

/// <summary>
/// @mentions that are a person's given name ("@dana", "@priya.raman"): chat handles are usually
/// lower case, so the capitalised-run path never sees them. Handles that are common words ("@here",
/// "@channel", "@will") or not names ("@deploy-bot") are left alone.
/// </summary>
internal static class MentionScanner
{
    public const float Score = 0.75f;

    public static void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOf('@');
            if (hit < 0)
            {
                return;
            }
            var at = i + hit;
            i = at + 1;
            if ((at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '_' or '-' or '+')) || i >= text.Length || !WordReader.IsLetter(text[i]))
            {
                continue;
            }
            var e = WordReader.End(text, i);
            var given = NameLexicon.Lookup(text[i..e]);
            if (given.Given < 4 || given.Word > 3)
            {
                continue;
            }
            var end = e;
            // "@dana.kim" / "@dana_kim": the surname part joins when the lexicon knows it.
            if (e + 1 < text.Length && text[e] is '.' or '_' && WordReader.IsLetter(text[e + 1]))
            {
                var e2 = WordReader.End(text, e + 1);
                if (NameLexicon.Lookup(text[(e + 1)..e2]).Surname > 0 && (e2 >= text.Length || !char.IsLetterOrDigit(text[e2])))
                {
                    end = e2;
                }
            }
            // An e-mail address or a handle glued to more text is someone else's business.
            if (end < text.Length && (char.IsDigit(text[end]) || text[end] is '@' or '_' || (text[end] == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))))
            {
                i = end;
                continue;
            }
            findings.Add(EntityType.Person, i, end, Score);
            i = end;
        }
    }
}
