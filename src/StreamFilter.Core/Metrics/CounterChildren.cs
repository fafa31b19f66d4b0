using System.Collections.Concurrent;
using System.Collections.Frozen;
using Prometheus;

namespace StreamFilter.Core.Metrics;

/// <summary>
/// The series of a counter with one label, created at start-up for every value of the label's fixed set.
/// The event path only looks its child up and increments it: prometheus-net's <c>WithLabels</c> per call
/// builds a label array and searches the family (~100 ns and 40 B measured), a cached child's
/// <c>Inc()</c> costs ~10 ns and nothing.
/// A value outside the set is counted as <see cref="MetricLabels.Other"/>, unless the counter accepts
/// late values (entity types a rules file declares); those are checked against
/// <paramref name="lateValueShape"/> and capped, so no input text and no unbounded set can reach a label.
/// </summary>
internal sealed class CounterChildren
{
    /// <summary>More late values than this is a bug upstream; the rest count as "other".</summary>
    internal const int MaxLateValues = 200;

    private readonly Counter _counter;
    private readonly FrozenDictionary<string, Counter.Child> _known;
    private readonly Counter.Child _other;
    private readonly Func<string, bool>? _lateValueShape;
    private readonly ConcurrentDictionary<string, Counter.Child> _late = new(StringComparer.Ordinal);

    public CounterChildren(Counter counter, IEnumerable<string> values, Func<string, bool>? lateValueShape = null)
    {
        _counter = counter;
        _known = values.Distinct(StringComparer.Ordinal).ToFrozenDictionary(v => v, v => counter.WithLabels(v), StringComparer.Ordinal);
        _other = counter.WithLabels(MetricLabels.Other);
        _lateValueShape = lateValueShape;
    }

    public void Inc(string value)
    {
        if (_known.TryGetValue(value, out var child))
        {
            child.Inc();
        }
        else
        {
            Late(value).Inc();
        }
    }

    private Counter.Child Late(string value)
    {
        // Only values that passed the shape check are in the table: look there first, check the shape once per new value.
        if (_lateValueShape is null)
        {
            return _other;
        }

        if (_late.TryGetValue(value, out var child))
        {
            return child;
        }

        // The cap is checked before adding, so two threads may each add one more: still bounded.
        return !_lateValueShape(value) || _late.Count >= MaxLateValues
            ? _other
            : _late.GetOrAdd(value, static (v, counter) => counter.WithLabels(v), _counter);
    }
}
