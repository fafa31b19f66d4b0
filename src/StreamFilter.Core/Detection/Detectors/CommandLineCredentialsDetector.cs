using System.Buffers;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Passwords passed as <c>user:password</c> to a command-line user option (<c>curl -u elastic:P@ss</c>,
/// <c>--user 'api:key'</c>, <c>--user=admin:pw</c>). The option spellings are found by one
/// vectorized multi-string search; the password after the first ':' is reported as PASSWORD.
/// Numeric pairs (<c>docker run -u 1000:1000</c>, user and group ids) and shell variables are skipped.
/// </summary>
public sealed class CommandLineCredentialsDetector : Detector
{
    internal const float Score = 0.8f;

    private static readonly IReadOnlyList<string> Types = [EntityType.Password];

    private static readonly SearchValues<string> Options =
        SearchValues.Create([" -u ", " --user ", " --user=", " -u'", " -u\"", "\t-u "], StringComparison.Ordinal);

    private static readonly SearchValues<char> ValueEnd = SearchValues.Create(" \t\r\n\"'`;|&<>()");

    public override string Id => "command_line_credentials";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOfAny(Options);
            if (hit < 0)
            {
                return;
            }
            var p = i + hit + 1;
            // Step over the option itself ("-u", "--user") and one separator.
            p += text[p + 1] == '-' ? 6 : 2;
            while (p < text.Length && text[p] is ' ' or '=')
            {
                p++;
            }
            i = p;
            if (p >= text.Length)
            {
                return;
            }
            var quote = text[p] is '\'' or '"' ? text[p] : '\0';
            var start = quote == '\0' ? p : p + 1;
            var rest = text[start..];
            var length = quote == '\0' ? rest.IndexOfAny(ValueEnd) : rest.IndexOfAny(quote, '\n');
            var value = length < 0 ? rest : rest[..length];
            var colon = value.IndexOf(':');
            if (colon < 0 || colon == value.Length - 1)
            {
                continue;
            }
            var user = value[..colon];
            var password = value[(colon + 1)..];
            // "user:password", "username:token": the documentation's stand-ins, not credentials.
            if ((user.Length > 0 && user[0] == '$') || SecretText.IsPlaceholder(password)
                || SecretAssignmentDetector.KeyEntity(password) is not null
                || (user.IndexOfAnyExceptInRange('0', '9') < 0 && password.IndexOfAnyExceptInRange('0', '9') < 0))
            {
                continue;
            }
            var from = start + colon + 1;
            findings.Add(EntityType.Password, from, from + password.Length, Score);
            i = from + password.Length;
        }
    }
}
