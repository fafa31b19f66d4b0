using System.Text;

namespace StreamFilter.Core.DeadLetters;

/// <summary>Reads the envelopes of a dead-letter or quarantine file; listing needs no key.</summary>
public static class DeadLetterFileReader
{
    /// <exception cref="FormatException">A line is not an envelope; the message gives its line number.</exception>
    public static IEnumerable<DeadLetterEnvelope> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            DeadLetterEnvelope envelope;
            try
            {
                envelope = DeadLetterEnvelopeJson.Parse(Encoding.UTF8.GetBytes(line));
            }
            catch (FormatException e)
            {
                throw new FormatException($"line {lineNumber}: {e.Message}", e);
            }
            yield return envelope;
        }
    }
}
