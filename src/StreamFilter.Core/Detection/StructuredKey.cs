using System.Collections.Frozen;

namespace StreamFilter.Core.Detection;

/// <summary>
/// Structured text is its own context: the key a value sits under (<c>"ssn": "536225555"</c>,
/// <c>patientId: 12345678</c>, <c>&lt;card_number&gt;...</c>, <c>?dob=...</c>, <c>ssn=... status=ok</c>) or
/// the CSV column it sits in is a context word for it, as Google's DLP uses column names as hotwords.
/// The key is read back from the value, split into words (camelCase, snake_case, kebab-case,
/// dotted: "customerSSN" reads "customer ssn") and matched against the entity's context words like
/// any window of text; keys in other languages are read through <see cref="Aliases"/>.
/// </summary>
/// <remarks>
/// Only candidates below their threshold get here (a bare nine-digit number, an unformatted phone),
/// after the ordinary window found no context word, so ordinary text pays nothing.
/// </remarks>
internal static class StructuredKey
{
    private const int MaxKey = 64;
    private const int MaxHeaderLines = 200;
    private const int MaxLine = 2048;

    private static readonly string[] Delimiters = [",", "\t", ";", "|"];

    /// <summary>
    /// Key words of other languages (as split, lower case) and the English context they carry.
    /// Whole words only: "telefono" is a phone, "nombre" is not listed.
    /// </summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Aliases = new Dictionary<string, string>
    {
        ["geburtsdatum"] = "date of birth dob birth",
        ["geburtstag"] = "date of birth dob birth",
        ["nacimiento"] = "date of birth dob birth",
        ["naissance"] = "date of birth dob birth",
        ["nascimento"] = "date of birth dob birth",
        ["nascita"] = "date of birth dob birth",
        ["geboortedatum"] = "date of birth dob birth",
        ["fodelsedatum"] = "date of birth dob birth",
        ["telefon"] = "phone telephone",
        ["telefono"] = "phone telephone",
        ["teléfono"] = "phone telephone",
        ["telefone"] = "phone telephone",
        ["telephone"] = "phone telephone",
        ["téléphone"] = "phone telephone",
        ["handy"] = "phone mobile",
        ["movil"] = "phone mobile",
        ["móvil"] = "phone mobile",
        ["celular"] = "phone mobile cell",
        ["portable"] = "phone mobile",
        ["telefoonnummer"] = "phone telephone",
        ["telefonnummer"] = "phone telephone",
        ["tarjeta"] = "card credit card",
        ["carte"] = "card credit card",
        ["karte"] = "card credit card",
        ["kartennummer"] = "card number credit card",
        ["kreditkarte"] = "card credit card",
        ["cartao"] = "card credit card",
        ["cartão"] = "card credit card",
        ["carta"] = "card credit card",
        ["kontonummer"] = "account number bank account",
        ["cuenta"] = "account bank account",
        ["compte"] = "account bank account",
        ["conta"] = "account bank account",
        ["rekeningnummer"] = "account number bank account",
        ["sozialversicherungsnummer"] = "social security ssn",
        ["seguridad"] = "social security",
        ["securite"] = "social security",
        ["sécurité"] = "social security",
        ["passwort"] = "password",
        ["kennwort"] = "password",
        ["contrasena"] = "password",
        ["contraseña"] = "password",
        ["senha"] = "password",
        ["wachtwoord"] = "password",
        ["courriel"] = "email",
        ["correo"] = "email",
        ["patient"] = "patient medical record mrn",
        ["patienten"] = "patient medical record mrn",
        ["paciente"] = "patient medical record mrn",
        ["versichertennummer"] = "insurance member health plan",
        ["krankenversicherung"] = "insurance health plan",
        ["reisepass"] = "passport",
        ["pasaporte"] = "passport",
        ["passeport"] = "passport",
        ["passaporte"] = "passport",
        ["fuehrerschein"] = "driver license",
        ["führerschein"] = "driver license",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the key or CSV column of the finding names one of <paramref name="context"/>'s words.</summary>
    public static bool IsContext(ReadOnlySpan<char> text, in Finding f, ContextWords context)
    {
        Span<char> words = stackalloc char[MaxKey * 2];
        if (TryKeyBefore(text, f.Start, out var key) && Matches(key, words, context))
        {
            return true;
        }
        return TryColumnHeader(text, f.Start, out var header) && Matches(header, words, context);
    }

    private static bool Matches(ReadOnlySpan<char> key, Span<char> words, ContextWords context)
    {
        var length = SplitWords(key, words);
        if (length == 0)
        {
            return false;
        }
        var split = words[..length];
        if (context.AnyIn(split))
        {
            return true;
        }
        foreach (var range in split.Split(' '))
        {
            if (Aliases.TryGetValue(split[range], out var english) && context.AnyIn(english))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The key of a value at <paramref name="valueStart"/>: <c>key: v</c>, <c>"key": "v"</c>, <c>key=v</c>,
    /// <c>key =&gt; v</c>, <c>&lt;key&gt;v</c> (also JSON escaped inside a string: <c>\"key\": \"v\"</c>).
    /// </summary>
    internal static bool TryKeyBefore(ReadOnlySpan<char> text, int valueStart, out ReadOnlySpan<char> key)
    {
        key = [];
        var p = valueStart - 1;
        p = SkipBack(text, p, " \t\"'\\");
        if (p < 0)
        {
            return false;
        }
        var op = text[p];
        if (op == '>')
        {
            if (p > 0 && text[p - 1] == '=')
            {
                p--; // "=>"
            }
            else
            {
                // <key attr="x">value: the element's name.
                var from = Math.Max(0, p - MaxKey);
                var open = text[from..p].LastIndexOf('<');
                if (open < 0)
                {
                    return false;
                }
                var tag = text[(from + open + 1)..p];
                var space = tag.IndexOfAny(' ', '\t');
                key = space < 0 ? tag : tag[..space];
                return key.Length > 0 && key[0] != '/';
            }
        }
        else if (op is not (':' or '='))
        {
            return false;
        }
        p--;
        if (p >= 0 && text[p] is ':' or '?')
        {
            p--; // ":=", "?="
        }
        p = SkipBack(text, p, " \t\"'\\");
        var end = p + 1;
        while (p >= 0 && end - p <= MaxKey && (char.IsLetterOrDigit(text[p]) || text[p] is '_' or '-' or '.'))
        {
            p--;
        }
        key = text[(p + 1)..end];
        return key.Length > 0 && end - p <= MaxKey;
    }

    private static int SkipBack(ReadOnlySpan<char> text, int p, string chars)
    {
        var n = 0;
        while (p >= 0 && n < 4 && chars.Contains(text[p]))
        {
            p--;
            n++;
        }
        return p;
    }

    /// <summary>
    /// The header of the CSV column holding <paramref name="valueStart"/>: the first line of the block of
    /// lines above with as many delimiters as the value's line, at the value's column.
    /// </summary>
    internal static bool TryColumnHeader(ReadOnlySpan<char> text, int valueStart, out ReadOnlySpan<char> header)
    {
        header = [];
        var lineStart = text[..valueStart].LastIndexOf('\n') + 1;
        if (lineStart == 0)
        {
            return false;
        }
        var lineEnd = text[valueStart..].IndexOf('\n');
        var line = text[lineStart..(lineEnd < 0 ? text.Length : valueStart + lineEnd)].TrimEnd('\r');
        if (line.Length > MaxLine)
        {
            return false;
        }
        foreach (var delimiter in Delimiters)
        {
            var d = delimiter[0];
            var columns = line.Count(d);
            if (columns == 0)
            {
                continue;
            }
            var column = text[lineStart..valueStart].Count(d);
            var headerLine = HeaderLine(text, lineStart, d, columns);
            if (headerLine.IsEmpty)
            {
                continue;
            }
            var k = 0;
            foreach (var range in headerLine.Split(d))
            {
                if (k++ == column)
                {
                    header = headerLine[range].Trim(" \t\"'");
                    return header.Length is > 0 and <= MaxKey;
                }
            }
        }
        return false;
    }

    /// <summary>The top line of the run of lines above <paramref name="lineStart"/> that have <paramref name="columns"/> delimiters.</summary>
    private static ReadOnlySpan<char> HeaderLine(ReadOnlySpan<char> text, int lineStart, char d, int columns)
    {
        ReadOnlySpan<char> top = [];
        var end = lineStart - 1; // the '\n' ending the previous line
        for (var n = 0; n < MaxHeaderLines && end >= 0; n++)
        {
            var start = text[..end].LastIndexOf('\n') + 1;
            var line = text[start..end].TrimEnd('\r');
            if (line.Length > MaxLine || line.Count(d) != columns)
            {
                break;
            }
            top = line;
            end = start - 1;
        }
        // A header names its columns: letters, no digits-only cells.
        return top.IsEmpty || !top.ContainsAnyInRange('a', 'z') && !top.ContainsAnyInRange('A', 'Z') ? [] : top;
    }

    /// <summary>
    /// "customerSSN" → "customer ssn", "date_of_birth" → "date of birth", "card-number" → "card number":
    /// the key as lower-case words separated by single spaces, written into <paramref name="words"/>.
    /// </summary>
    internal static int SplitWords(ReadOnlySpan<char> key, Span<char> words)
    {
        var n = 0;
        for (var i = 0; i < key.Length && n < words.Length - 1; i++)
        {
            var c = key[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (n > 0 && words[n - 1] != ' ')
                {
                    words[n++] = ' ';
                }
                continue;
            }
            if (char.IsUpper(c) && i > 0 && n > 0 && words[n - 1] != ' '
                && (char.IsLower(key[i - 1]) || char.IsDigit(key[i - 1]) || (i + 1 < key.Length && char.IsLower(key[i + 1]) && char.IsUpper(key[i - 1]))))
            {
                words[n++] = ' ';
            }
            words[n++] = char.ToLowerInvariant(c);
        }
        while (n > 0 && words[n - 1] == ' ')
        {
            n--;
        }
        return n;
    }
}
