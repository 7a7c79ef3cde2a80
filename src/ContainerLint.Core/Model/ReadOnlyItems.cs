namespace ContainerLint.Core.Model;

using System.Collections;
using System.Runtime.CompilerServices;

/// <summary>
/// A read-only view of a list that the code building it owns, for the model's and the facts' collections: an
/// <see cref="IReadOnlyList{T}"/> whose <c>foreach</c> uses a struct enumerator. Rules walk these collections once per rule
/// per file; through the interface each walk allocated an enumerator.
/// </summary>
[CollectionBuilder(typeof(ReadOnlyItems), nameof(ReadOnlyItems.Create))]
public sealed class ReadOnlyItems<T> : IReadOnlyList<T>
{
    private readonly List<T> _items;

    /// <summary>Wraps <paramref name="items"/> without copying: the caller no longer changes it once readers can see it.</summary>
    internal ReadOnlyItems(List<T> items) => _items = items;

    public static ReadOnlyItems<T> Empty { get; } = new([]);

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Enumerates by index, as <c>foreach</c> over a <see cref="List{T}"/> does, without boxing.</summary>
    public struct Enumerator(List<T> items)
    {
        private int _index = -1;

        public readonly T Current => items[_index];

        public bool MoveNext() => ++_index < items.Count;
    }
}

/// <summary>Builds <see cref="ReadOnlyItems{T}"/> from collection expressions (<c>[]</c>, <c>[a, b]</c>).</summary>
public static class ReadOnlyItems
{
    public static ReadOnlyItems<T> Create<T>(ReadOnlySpan<T> items) => items.Length == 0 ? ReadOnlyItems<T>.Empty : new([.. items]);
}
