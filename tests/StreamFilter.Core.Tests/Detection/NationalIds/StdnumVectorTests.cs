using StreamFilter.Core.Detection.Validation.NationalIds;

namespace StreamFilter.Core.Tests.Detection.NationalIds;

/// <summary>
/// Every validator against python-stdnum's own valid and invalid numbers (tests/data/stdnum: the
/// numbers only, as test facts). Asserts agreement per number; prints formats and row numbers, never
/// the numbers.
/// </summary>
public class StdnumVectorTests
{
    private static readonly Dictionary<string, Func<string, bool>> Validators = new(StringComparer.Ordinal)
    {
        ["gb.nhs"] = c => UkNhsNumber.IsValid(c),
        ["ca.sin"] = c => CanadaSin.IsValid(c) && c.All(char.IsAsciiDigit),
        ["es.dni"] = c => c.Length == 9 && SpanishId.IsValid(c),
        ["es.nie"] = c => "XYZ".Contains(c[0], StringComparison.Ordinal) && SpanishId.IsValid(c),
        ["es.nif"] = c => SpanishId.IsValid(c),
        ["de.idnr"] = c => GermanTaxId.IsValid(c),
        ["fr.nir"] = c => FrenchNir.IsValid(c),
        ["it.codicefiscale"] = c => ItalianFiscalCode.IsValid(c),
        ["br.cpf"] = c => c.All(char.IsAsciiDigit) && BrazilTaxId.IsValidCpf(c),
        ["br.cnpj"] = c => BrazilTaxId.IsValidCnpj(c),
        ["nl.bsn"] = c => c.All(char.IsAsciiDigit) && DutchBsn.IsValid(c),
        ["in_.aadhaar"] = c => c.All(char.IsAsciiDigit) && IndiaAadhaar.IsValid(c),
        ["in_.pan"] = c => IndiaPan.IsValid(c),
        ["au.tfn"] = c => c.All(char.IsAsciiDigit) && AustralianTfn.IsValid(c),
        ["pl.pesel"] = c => c.All(char.IsAsciiDigit) && PolishPesel.IsValid(c),
        ["se.personnummer"] = c => c.All(char.IsAsciiDigit) && SwedishPersonnummer.IsValid(c),
        ["mx.curp"] = c => MexicanCurp.IsValid(c),
        ["mx.rfc"] = c => MexicanRfc.HasForm(c),
    };

    private static readonly string[][] Rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "stdnum", "national_id_vectors.tsv"))
        .Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();

    public static TheoryData<string> Formats() => new(Validators.Keys);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Validator_agrees_with_stdnum(string format)
    {
        var rows = Rows.Select((r, i) => (Row: i + 2, Cells: r)).Where(r => r.Cells[0] == format).ToArray();
        Assert.NotEmpty(rows);
        var disagreements = rows
            .Where(r => Validators[format](Compact(r.Cells[1])) != (r.Cells[2] == "valid"))
            .Select(r => $"line {r.Row} (stdnum: {r.Cells[2]} {r.Cells[3]})")
            .ToArray();
        Assert.True(disagreements.Length == 0, $"{format}: {string.Join(", ", disagreements)}");
    }

    [Fact]
    public void Table_holds_valid_and_invalid_numbers_for_most_formats()
    {
        var both = Validators.Keys.Count(f => Rows.Any(r => r[0] == f && r[2] == "valid") && Rows.Any(r => r[0] == f && r[2] == "invalid"));
        Assert.True(both >= 15, $"only {both} formats have both kinds");
    }

    /// <summary>stdnum's compact(): separators removed, upper case.</summary>
    private static string Compact(string number) =>
        new string(number.Where(c => c is not (' ' or '-' or '\u2013' or '.' or '/' or '+')).ToArray()).ToUpperInvariant().Trim();
}
