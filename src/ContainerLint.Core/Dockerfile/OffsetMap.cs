namespace ContainerLint.Core.Dockerfile;

using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Maps offsets in an assembled instruction line (continuation lines joined, escape characters and
/// comment lines removed) back to positions in the file. One segment per physical line that
/// contributed text, so a lookup is a binary search and the map stays linear in the input.
/// </summary>
public sealed class OffsetMap
{
    private readonly SourceText _source;

    // Null for the usual instruction of one line (one segment, at _singleFileStart): no arrays to make or search.
    private readonly int[]? _assembledStarts;
    private readonly int[]? _fileStarts;
    private readonly int _singleFileStart;
    private readonly int _length;
    private readonly int _base;

    internal OffsetMap(SourceText source, int[] assembledStarts, int[] fileStarts, int length, int baseOffset = 0)
    {
        _source = source;
        _assembledStarts = assembledStarts;
        _fileStarts = fileStarts;
        _length = length;
        _base = baseOffset;
    }

    /// <summary>The map of text taken whole from one place of the file: assembled offset 0 is <paramref name="fileStart"/>.</summary>
    internal OffsetMap(SourceText source, int fileStart, int length)
    {
        _source = source;
        _singleFileStart = fileStart;
        _length = length;
    }

    private OffsetMap(OffsetMap map, int delta)
    {
        _source = map._source;
        _assembledStarts = map._assembledStarts;
        _fileStarts = map._fileStarts;
        _singleFileStart = map._singleFileStart;
        _length = map._length;
        _base = map._base + delta;
    }

    /// <summary>A map whose offset 0 is <paramref name="delta"/> in this map (for the text of an ONBUILD sub-instruction).</summary>
    internal OffsetMap Shift(int delta) => new(this, delta);

    /// <summary>The 0-based file offset of a character of the assembled text.</summary>
    public int ToFileOffset(int offset)
    {
        var o = Math.Clamp(offset + _base, 0, _length);
        if (_assembledStarts is null || _fileStarts is null) return _singleFileStart + o;
        if (_assembledStarts.Length == 0) return 0;

        // The last segment starting at or before o (most instructions have exactly one).
        int lo = 0, hi = _assembledStarts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_assembledStarts[mid] <= o) lo = mid;
            else hi = mid - 1;
        }

        return _fileStarts[lo] + (o - _assembledStarts[lo]);
    }

    /// <summary>
    /// The assembled text from this map's offset <paramref name="start"/>, <paramref name="length"/> characters long, copied from
    /// the file's segments: the assembled line is not kept, as most instructions' lines are never asked for.
    /// </summary>
    internal string AssembledText(int start, int length)
    {
        if (length <= 0) return string.Empty;
        if (_assembledStarts is null || _fileStarts is null) return _source.Text.Substring(_singleFileStart + _base + start, length);
        return string.Create(length, (Map: this, From: _base + start), static (chars, state) =>
        {
            // Segment n covers assembled [starts[n], starts[n + 1]) (the last one runs to the end); copy the part from From on.
            var (map, from) = state;
            var starts = map._assembledStarts!;
            var at = 0;
            for (var n = 0; n < starts.Length && at < chars.Length; n++)
            {
                var segmentEnd = n + 1 < starts.Length ? starts[n + 1] : map._length;
                if (segmentEnd <= from) continue;
                var start = Math.Max(starts[n], from);
                var count = Math.Min(segmentEnd - start, chars.Length - at);
                map._source.Text.AsSpan(map._fileStarts![n] + (start - starts[n]), count).CopyTo(chars[at..]);
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
