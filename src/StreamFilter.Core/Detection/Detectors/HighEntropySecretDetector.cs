using System.Buffers;
using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Random-looking strings next to a key word ("key", "secret", "token", "credential", "auth", "aws"):
/// the first run of 20+ base64/base64url characters within <see cref="Window"/> characters after the
/// word, on the same line, with a digit and at least <see cref="MinEntropy"/> bits of Shannon
/// entropy per character. A 40-character base64 value with "aws" nearby is an AWS secret access key.
/// </summary>
/// <remarks>
/// Hashes are random too, so a candidate is skipped when the text just before it says what it is
/// ("sha256", "commit", "checksum", "digest", "fingerprint", "integrity"), and SSH PUBLIC keys are
/// skipped by their fixed base64 prefix. Key words must start a name segment ("apiKey", "SECRET"),
/// not sit inside a word ("monkey").
/// </remarks>
public sealed class HighEntropySecretDetector : AnchoredDetector
{
    internal const float Score = 0.7f;
    internal const float AwsScore = 0.85f;
    internal const double MinEntropy = 3.5;

    private const int Window = 40;
    private const int MinLength = 20;
    private const int MaxLength = 512;
    private const int AwsSecretLength = 40;
    private const int LookBehind = 64;

    private static readonly IReadOnlyList<string> Types = [EntityType.GenericSecret, EntityType.AwsSecretKey];

    private static readonly KeywordSearch KeyWords = new(["key", "secret", "token", "credential", "auth", "aws", "passw"]);

    private static readonly string[] NameEndings = ["key", "secret", "token", "credential", "auth", "aws", "password", "passwd", "passphrase"];

    private static readonly SearchValues<char> NameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");

    private static readonly SearchValues<char> CandidateChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=_-");

    private static readonly SearchValues<char> AwsChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/");

    private static readonly SearchValues<string> HashWords = SearchValues.Create(
        ["sha1", "sha-1", "sha256", "sha-256", "sha512", "sha384", "md5", "commit", "checksum", "digest", "hash",
         "fingerprint", "integrity", "etag", "revision", "ssh-rsa", "ssh-ed25519", "ecdsa-sha2"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SshPublicKeyPrefixes =
        SearchValues.Create(["AAAAB3NzaC1", "AAAAC3NzaC1", "AAAAE2VjZHNh"], StringComparison.Ordinal);

    public override string Id => "high_entropy_secret";

    public override IReadOnlyList<string> EntityTypes => Types;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // Ordinary prose has no 20-character words: most texts end here (a base64 run of 20 is
        // also a token run of 18, which the anchors have already looked for).
        if (!anchors.HasTokenRun || !anchors.TryFindRun<Base64Chars>(0, MinLength, out _, out _))
        {
            return;
        }
        var i = 0;
        while (i < text.Length)
        {
            var at = KeyWords.IndexOfAny(text, anchors, i);
            if (at < 0)
            {
                return;
            }
            i = at + 1;
            if (!EndsNameWithKeyWord(text, at))
            {
                continue;
            }
            if (TryCandidate(text, at, out var start, out var end))
            {
                var value = text[start..end];
                var aws = value.Length == AwsSecretLength && value.IndexOfAnyExcept(AwsChars) < 0
                    && text[Math.Max(0, start - LookBehind)..start].Contains("aws", StringComparison.OrdinalIgnoreCase);
                findings.Add(aws ? EntityType.AwsSecretKey : EntityType.GenericSecret, start, end, aws ? AwsScore : Score);
                i = end;
            }
        }
    }

    /// <summary>
    /// The name holding the key word must end with a key word ("apiKey", "aws_secret", "token2"), so
    /// "credentialsId", "keyFrame", "secretSize" and "public_key" do not count.
    /// </summary>
    private static bool EndsNameWithKeyWord(ReadOnlySpan<char> text, int at)
    {
        if (!SecretText.TryIdentifierAround(text, at, NameChars, out var start, out var end))
        {
            return false;
        }
        var name = text[start..end];
        return !name.Contains("public", StringComparison.OrdinalIgnoreCase)
            && (SecretText.EndsWithKeyWord(name, NameEndings) || SecretText.EndsWithKeyWord(name.TrimEnd('s'), NameEndings));
    }

    /// <summary>Finds the first qualifying run after the key word at <paramref name="at"/>.</summary>
    private static bool TryCandidate(ReadOnlySpan<char> text, int at, out int start, out int end)
    {
        start = end = 0;
        var limit = Math.Min(text.Length, at + Window);
        var p = at + SecretText.RunOf(text, at, SecretText.TokenChars);
        while (p < limit)
        {
            // A new line or a new expression ("withCredentials([x(id: ...") ends the key word's reach;
            // a ',' does not: setProperty("API_TOKEN", "value") pairs key and value across one.
            if (text[p] is '\n' or '\r' or '(' or '[' or '{' or ';')
            {
                return false;
            }
            var run = SecretText.RunOf(text, p, CandidateChars);
            if (run == 0)
            {
                p++;
                continue;
            }
            // Separators glued to the front ("=abc", "-abc") are not part of the value.
            var lead = 0;
            while (lead < run && !char.IsAsciiLetterOrDigit(text[p + lead]))
            {
                lead++;
            }
            if (run - lead >= MinLength && IsSecretLike(text, p + lead, p + run))
            {
                start = p + lead;
                end = p + run;
                // Base64 padding belongs to the value; a trailing '-' or '_' does not.
                while (end > start && text[end - 1] is '-' or '_')
                {
                    end--;
                }
                return true;
            }
            p += run;
        }
        return false;
    }

    private static bool IsSecretLike(ReadOnlySpan<char> text, int start, int end)
    {
        var value = text[start..end];
        if (value.Length > MaxLength || !value.ContainsAnyInRange('0', '9') || SecretText.CharClasses(value) < 2
            || value.IndexOfAny(SshPublicKeyPrefixes) == 0)
        {
            return false;
        }
        if (SecretText.IsPlaceholder(value) || ShannonEntropy.BitsPerChar(value) < MinEntropy)
        {
            return false;
        }
        return !text[Math.Max(0, start - LookBehind)..start].ContainsAny(HashWords);
    }
}
