using System.Collections.ObjectModel;
using System.Runtime.InteropServices;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// A copy of a scratch list for an audit record to keep, shared while the contents repeat: masked keys
/// of one value carry the same reasons, entity type and category key after key, and copying them for
/// every record was a per-event allocation. Read-only, so records that share it cannot change each other's.
/// </summary>
internal sealed class RepeatedList
{
    private string[] _items = [];
    private ReadOnlyCollection<string> _last = ReadOnlyCollection<string>.Empty;

    /// <summary>The last copy when it holds the same strings in the same order, else a new one.</summary>
    public IReadOnlyList<string> Of(List<string> items)
    {
        if (!CollectionsMarshal.AsSpan(items).SequenceEqual(_items))
        {
            _items = items.ToArray();
            _last = Array.AsReadOnly(_items);
        }
        return _last;
    }
}
