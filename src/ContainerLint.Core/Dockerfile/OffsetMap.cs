namespace ContainerLint.Core.Dockerfile;

using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Maps offsets in an assembled instruction line (continuation lines joined, escape characters and
/// comment lines removed) back to positions in the file. One segment per physical line that
/// contributed text, so a lookup is a binary search and the map stays linear in the input.
/// A struct held by its instruction: an object per instruction cost more than the fields it holds.
/// </summary>
public readonly struct OffsetMap
{
    private readonly SourceText _source;

    // Pairs (start in the assembled text, start in the file), one per segment in order; null for the usual instruction of one
    // line (one segment, at _singleFileStart): no array to make or search.
    private readonly int[]? _segments;
    private readonly int _singleFileStart;
    private readonly int _length;
    private readonly int _base;

    /// <summary>The map of text joined from several places of the file.</summary>
    /// <param name="source">The file.</param>
    /// <param name="segments">(start in the assembled text, start in the file) pairs, one per segment, the first starting at 0.</param>
    /// <param name="length">The length of the assembled text.</param>
    internal OffsetMap(SourceText source, int[] segments, int length)
    {
        _source = source;
        _segments = segments;
        _length = length;
    }

    /// <summary>The map of text taken whole from one place of the file: assembled offset 0 is <paramref name="fileStart"/>.</summary>
    internal OffsetMap(SourceText source, int fileStart, int length)
    {
        _source = source;
        _singleFileStart = fileStart;
        _length = length;
    }

    private OffsetMap(in OffsetMap map, int delta)
    {
        _source = map._source;
        _segments = map._segments;
        _singleFileStart = map._singleFileStart;
        _length = map._length;
        _base = map._base + delta;
    }

    /// <summary>A map whose offset 0 is <paramref name="delta"/> in this map (for the text of an ONBUILD sub-instruction).</summary>
    internal OffsetMap Shift(int delta) => new(in this, delta);

    /// <summary>The 0-based file offset of a character of the assembled text.</summary>
    public int ToFileOffset(int offset)
    {
        var o = Math.Clamp(offset + _base, 0, _length);
        var segments = _segments;
        if (segments is null) return _singleFileStart + o;

        // The last segment starting at or before o.
        int lo = 0, hi = (segments.Length >> 1) - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (segments[2 * mid] <= o) lo = mid;
            else hi = mid - 1;
        }

        return segments[(2 * lo) + 1] + (o - segments[2 * lo]);
    }

    /// <summary>
    /// The assembled text from this map's offset <paramref name="start"/>, <paramref name="length"/> characters long, copied from
    /// the file's segments: the assembled line is not kept, as most instructions' lines are never asked for.
    /// </summary>
    internal string AssembledText(int start, int length)
    {
        if (length <= 0) return string.Empty;
        if (_segments is null) return _source.Text.Substring(_singleFileStart + _base + start, length);
        return string.Create(length, (Map: this, From: _base + start), static (chars, state) =>
        {
            // Segment n covers assembled [its start, the next one's start) (the last one runs to the end); copy the part from From on.
            var (map, from) = state;
            var segments = map._segments!;
            var at = 0;
            for (var n = 0; n < segments.Length && at < chars.Length; n += 2)
            {
                var segmentEnd = n + 2 < segments.Length ? segments[n + 2] : map._length;
                if (segmentEnd <= from) continue;
                var start = Math.Max(segments[n], from);
                var count = Math.Min(segmentEnd - start, chars.Length - at);
                map._source.Text.AsSpan(segments[n + 1] + (start - segments[n]), count).CopyTo(chars[at..]);
                at += count;
            }
        });
    }

    /// <summary>The character at an offset of the assembled text (inside it), read from the file.</summary>
    internal char CharAt(int offset) => _source.Text[ToFileOffset(offset)];

    /// <summary>The file span of the assembled text [start, end); an end at a line join stays on the earlier line.</summary>
    public SourceSpan MapSpan(int start, int end)
    {
        var s = ToFileOffset(start);
        if (end <= start) return _source.GetSpan(s, s);
        var e = ToFileOffset(end - 1) + 1;
        return _source.GetSpan(s, Math.Max(s, e));
    }
}
