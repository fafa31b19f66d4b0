using System.Text.Json;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// JSON-encoded forms of short string values that repeat from record to record (user, device and
/// session ids, app, window title, key, field, reasons, categories, policy version), so writing one
/// costs a copy instead of an escape scan and a UTF-16 to UTF-8 transcoding each time. Encoded with
/// the writers' own encoder (<see cref="AuditRecordJson.WriterOptions"/>), so the output is byte for
/// byte what <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, string)"/> would write.
/// </summary>
/// <remarks>
/// Bounded: emptied when full, so values that turn out to be unique cost memory for a while only.
/// Longer values are written directly. One per writer; not thread-safe.
/// </remarks>
public sealed class JsonTextCache
{
    /// <summary>Values up to this many UTF-16 units are cached.</summary>
    public const int MaxValueLength = 64;

    private const int MaxEntries = 4096;

    /// <summary>Slots of the direct-mapped front: 2^<see cref="RecentBits"/>, room for a few hundred users' ids.</summary>
    private const int RecentBits = 11;

    private readonly Dictionary<string, JsonEncodedText> _encoded = new(StringComparer.Ordinal);

    /// <summary>
    /// A front checked before the dictionary, indexed by a hash of the length and three characters:
    /// the parser interns repeating values and names and reasons are constants, so the same string
    /// objects come back event after event and the equality check ends at the reference compare.
    /// The dictionary's full hash (and the runtime call an identity hash costs) is paid on a miss only.
    /// Strings are immutable, so a slot can only ever hold the right encoding for its string.
    /// </summary>
    private readonly (string? Value, JsonEncodedText Encoded)[] _recent = new (string?, JsonEncodedText)[1 << RecentBits];

    public int Count => _encoded.Count;

    /// <summary>Writes <paramref name="name"/>: <paramref name="value"/> as a JSON string property.</summary>
    public void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (TryEncoded(value, out var encoded))
        {
            writer.WriteString(name, encoded);
            return;
        }
        writer.WriteString(name, value);
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string array item.</summary>
    public void WriteStringValue(Utf8JsonWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (TryEncoded(value, out var encoded))
        {
            writer.WriteStringValue(encoded);
            return;
        }
        writer.WriteStringValue(value);
    }

    /// <summary>
    /// Where the fixed-shape writers assemble a record (<see cref="AuditRecordJson"/>): one per cache,
    /// since a cache already belongs to one writer, on one thread.
    /// </summary>
    internal JsonFragments Fragments { get; } = new();

    /// <summary>A user's audit fields between the event id and the source, for records without reasons or entities.</summary>
    internal FragmentMemo<AuditRecordJson.UserPart> AuditUserParts { get; } = new();

    /// <summary>
    /// The escaped form of <paramref name="value"/>; false for a value too long to keep, or one that is
    /// not valid UTF-16 (a lone surrogate): the writer escapes that as <c>\uD800</c>, while
    /// <see cref="JsonEncodedText"/> refuses it, so such a value is left to the writer.
    /// </summary>
    internal bool TryEncoded(string value, out JsonEncodedText encoded)
    {
        ref var recent = ref _recent[StringSlot.Of(value, RecentBits)];
        if (string.Equals(recent.Value, value, StringComparison.Ordinal))
        {
            encoded = recent.Encoded;
            return true;
        }
        if (value.Length > MaxValueLength)
        {
            encoded = default;
            return false;
        }
        if (!_encoded.TryGetValue(value, out encoded))
        {
            if (!IsValidUtf16(value))
            {
                return false;
            }
            if (_encoded.Count >= MaxEntries)
            {
                _encoded.Clear();
            }
            encoded = JsonEncodedText.Encode(value, AuditRecordJson.WriterOptions.Encoder);
            _encoded.Add(value, encoded);
        }
        recent = (value, encoded);
        return true;
    }

    private static bool IsValidUtf16(ReadOnlySpan<char> value)
    {
        var i = value.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return true;
        }
        for (; i < value.Length; i++)
        {
            if (char.IsLowSurrogate(value[i]))
            {
                return false;
            }
            if (char.IsHighSurrogate(value[i]) && (++i == value.Length || !char.IsLowSurrogate(value[i])))
            {
                return false;
            }
        }
        return true;
    }
}
