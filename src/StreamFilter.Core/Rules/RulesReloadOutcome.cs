namespace StreamFilter.Core.Rules;

/// <summary>How a reload attempt ended; also the <c>result</c> label of the reload metric.</summary>
public enum RulesReloadOutcome
{
    /// <summary>The new file was valid and is now in force.</summary>
    Applied,

    /// <summary>The new file was invalid or unreadable; the previous rules stay in force.</summary>
    Rejected,

    /// <summary>The file's content did not change (a touch, or an editor rewriting the same bytes).</summary>
    Unchanged,
}
