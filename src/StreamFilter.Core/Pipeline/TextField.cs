namespace StreamFilter.Core.Pipeline;

/// <summary>The text-bearing fields of the contract that are scanned (everything else is an id, a number or an enumerated value).</summary>
public enum TextField
{
    App,
    WindowTitle,
    Url,
    Text,
    Target,

    /// <summary>The text of one OCR block; the block index is carried beside it.</summary>
    BlockText,
}
