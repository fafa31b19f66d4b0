using System.Text;

namespace StreamFilter.Core.Events;

/// <summary>
/// Reuses the string instances of short values that repeat from event to event (user, device, session,
/// app, window title, key, field names), so parsing a keystroke does not allocate them again. Bounded:
/// it is emptied when full. One per processor; not thread-safe. Unique values (event ids, timestamps,
/// free text) are never put in it, so they cannot push the repeating ones out.
/// </summary>
internal sealed class StringCache
{
    public const int MaxValueBytes = 64;
    private const int MaxEntries = 4096;

    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringCache() => _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _values.Count;

    /// <summary><paramref name="utf8"/> must be valid UTF-8 (the parser checks the whole event first).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxValueBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }
        Span<char> chars = stackalloc char[MaxValueBytes];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (_lookup.TryGetValue(text, out var cached))
        {
            return cached;
        }
        if (_values.Count >= MaxEntries)
        {
            _values.Clear();
        }
        var value = text.ToString();
        _values.Add(value);
        return value;
    }
}
