using System.Text.Json;
using StreamFilter.Core.Pipeline;

namespace StreamFilter.Core.DeadLetters;

/// <summary>
/// The envelope's JSON form, one NDJSON line in a file or one message on a dead-letter topic:
/// <c>{"v":1,"kind","reason","source","offset","nonce","tag","ciphertext"}</c> with base64 binary fields.
/// </summary>
public static class DeadLetterEnvelopeJson
{
    public const int FormatVersion = 1;

    public static void Write(Utf8JsonWriter writer, DeadLetterEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(envelope);
        writer.WriteStartObject();
        writer.WriteNumber("v"u8, FormatVersion);
        writer.WriteString("kind"u8, DeadLetterKindNames.Of(envelope.Kind));
        writer.WriteString("reason"u8, envelope.Reason);
        writer.WriteString("source"u8, envelope.Position.Source);
        writer.WriteNumber("offset"u8, envelope.Position.Offset);
        writer.WriteBase64String("nonce"u8, envelope.Nonce);
        writer.WriteBase64String("tag"u8, envelope.Tag);
        writer.WriteBase64String("ciphertext"u8, envelope.Ciphertext);
        writer.WriteEndObject();
    }

    /// <exception cref="FormatException">The text is not a version-1 envelope; the message names the field.</exception>
    public static DeadLetterEnvelope Parse(ReadOnlySpan<byte> utf8)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8.ToArray());
        }
        catch (JsonException)
        {
            throw new FormatException("not a JSON object");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("v"u8, out var v) || v.ValueKind != JsonValueKind.Number || v.GetInt32() != FormatVersion)
            {
                throw new FormatException($"not a version {FormatVersion} dead-letter record");
            }
            if (!DeadLetterKindNames.TryParse(Str(root, "kind"), out var kind))
            {
                throw new FormatException("unknown 'kind'");
            }
            if (!root.TryGetProperty("offset"u8, out var offset) || !offset.TryGetInt64(out var at))
            {
                throw new FormatException("missing or invalid 'offset'");
            }
            return new DeadLetterEnvelope(kind, Str(root, "reason"), new SourcePosition(Str(root, "source"), at),
                Bytes(root, "nonce", DeadLetterCipher.NonceBytes), Bytes(root, "tag", DeadLetterCipher.TagBytes), Bytes(root, "ciphertext", -1));
        }
    }

    private static string Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new FormatException($"missing or invalid '{name}'");

    private static byte[] Bytes(JsonElement root, string name, int length)
    {
        if (!root.TryGetProperty(name, out var e) || e.ValueKind != JsonValueKind.String || !e.TryGetBytesFromBase64(out var bytes)
            || (length >= 0 && bytes.Length != length))
        {
            throw new FormatException($"missing or invalid '{name}'");
        }
        return bytes;
    }
}
