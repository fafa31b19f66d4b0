using StreamFilter.Core.Detection;

namespace StreamFilter.Cli.Evaluation;

/// <summary>
/// Maps a corpus's span labels to StreamFilter entity types. Defaults cover Presidio's names, most of
/// which we share; `--labels FROM=TO,...` adds or overrides, and `FROM=` ignores a label. Labels with
/// no mapping (PERSON, STREET_ADDRESS, ...) are not scored and are listed in the report.
/// </summary>
internal sealed class LabelMapping
{
    private static readonly string[] Shared =
    [
        EntityType.CreditCard, EntityType.UsSsn, EntityType.Phone, EntityType.Email, EntityType.Iban,
        EntityType.IpAddress, EntityType.UsItin, EntityType.UsPassport, EntityType.UsDriverLicense,
        EntityType.UsBankNumber, EntityType.AbaRouting, EntityType.MacAddress,
    ];

    private readonly Dictionary<string, string?> _map;

    private LabelMapping(Dictionary<string, string?> map) => _map = map;

    public IEnumerable<string> Targets => _map.Values.OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>Parses "FROM=TO,FROM2=,..." over the defaults; throws <see cref="FormatException"/> on a malformed pair.</summary>
    public static LabelMapping Parse(string? spec)
    {
        var map = Shared.ToDictionary(t => t, t => (string?)t, StringComparer.Ordinal);
        foreach (var pair in (spec ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"label mapping '{pair}' is not FROM=TO (or FROM= to ignore)");
            }
            var to = pair[(eq + 1)..].Trim();
            map[pair[..eq].Trim()] = to.Length == 0 ? null : to;
        }
        return new LabelMapping(map);
    }

    /// <summary>The entity type a corpus label is scored as, or null when it is not scored.</summary>
    public string? Map(string label) => _map.GetValueOrDefault(label);
}
