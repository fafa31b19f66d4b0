using System.Text.RegularExpressions;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// Compiles rule patterns with <see cref="RegexOptions.NonBacktracking"/>: matching time is linear in
/// the input whatever the pattern, so a rule like <c>(a+)+$</c> can never stall the stage. Constructs
/// that need backtracking (backreferences, lookarounds, atomic groups, conditionals) are refused.
/// </summary>
internal static class PatternCompiler
{
    public static Regex? Compile(string pattern, bool caseSensitive, out string? error)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
        if (!caseSensitive)
        {
            options |= RegexOptions.IgnoreCase;
        }
        try
        {
            error = null;
            return new Regex(pattern, options);
        }
        catch (NotSupportedException e)
        {
            error = $"pattern uses a construct that cannot run without backtracking (backreference, lookaround, atomic group or conditional): {e.Message}";
        }
        catch (ArgumentException e)
        {
            error = $"invalid regex: {e.Message}";
        }
        return null;
    }

    /// <summary>A pattern that must match a whole value (used by <c>exclude</c>).</summary>
    public static Regex? CompileWhole(string pattern, out string? error) =>
        Compile(pattern, caseSensitive: false, out error) is null ? null : Compile($@"\A(?:{pattern})\z", caseSensitive: false, out error);
}
