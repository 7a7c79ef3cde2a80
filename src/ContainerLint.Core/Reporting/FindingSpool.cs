namespace ContainerLint.Core.Reporting;

using System.Text;
using ContainerLint.Core.CrossFile;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>
/// Keeps a run's findings out of memory: each file's findings are written, as soon as the file is linted, to a buffer
/// that moves to a private temp file once it holds more than <see cref="DefaultMemoryLimit"/> bytes (the temp file is
/// unlinked once open on Unix, deleted on close on Windows; in memory if none can be written); only an (offset,
/// length, count) per file stays in memory. Once the run is done (<see cref="Complete"/>), reporters read the findings
/// back one file at a time, in path order, with the cross-file pass's additions and withdrawals applied.
/// </summary>
public sealed class FindingSpool : ReportFindings, IFindingSink, IDisposable
{
    /// <summary>
    /// What a run keeps in memory before it moves its findings to a temp file: the real-world corpus (979 Dockerfiles)
    /// spools about 0.5 MB, so a run of that size makes no file and none of the write and read calls (two per file, each a
    /// system call) a file costs; a run of 10,000 files still holds no more than this.
    /// </summary>
    public const long DefaultMemoryLimit = 8 * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly MemoryStream _block = new();
    private readonly BinaryWriter _blockWriter;
    private readonly Dictionary<int, (long Offset, int Length, int Count)> _blocks = [];

    // Each spooled file's share of the totals, counted as it arrives, so the totals need no second read of the spool.
    private readonly Dictionary<int, FileTally> _tallies = [];
    private readonly long _memoryLimit;
    private FileStream? _file;

    // Taken once: FileStream.SafeFileHandle syncs the stream position with an lseek on every call.
    private Microsoft.Win32.SafeHandles.SafeFileHandle? _handle;
    private MemoryStream? _memory;
    private long _length;

    // Set once a temp file could not be made or failed: the spool stays in memory from then on.
    private bool _noTempFile;
    private IReadOnlyList<(string Path, int[] Indexes)>? _files;
    private CrossFileOutcome _crossFile = CrossFileOutcome.None;

    public FindingSpool()
        : this(DefaultMemoryLimit)
    {
    }

    /// <param name="memoryLimit">
    /// Bytes held in memory before the spool moves to a temp file: 0 writes every file's findings to the temp file at once,
    /// <see cref="long.MaxValue"/> never makes one (tests; also where no temp file can be written).
    /// </param>
    internal FindingSpool(long memoryLimit)
    {
        _memoryLimit = memoryLimit;
        if (memoryLimit == 0) UseTempFile();
        _memory = _handle is null ? new MemoryStream() : null;
        _blockWriter = new BinaryWriter(_block, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>The temp file's path, or null while spooling in memory.</summary>
    internal string? FilePath => _file?.Name;

    /// <summary>Spools one file's findings (thread-safe; files may arrive in any order, each once).</summary>
    public void Add(int index, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return;
        lock (_gate)
        {
            if (_files is not null) throw new InvalidOperationException("The spool is complete.");
            _block.SetLength(0);
            foreach (var f in findings) Write(_blockWriter, f);
            _blockWriter.Flush();
            var bytes = _block.GetBuffer().AsSpan(0, (int)_block.Length);
            Append(bytes);
            _blocks[index] = (_length, bytes.Length, findings.Count);
            _tallies[index] = FileTally.Of(findings);
            _length += bytes.Length;
        }
    }

    /// <summary>Ends the writing: <paramref name="paths"/> are the display paths by target index, <paramref name="crossFile"/> the cross-file pass's changes.</summary>
    public void Complete(IReadOnlyList<string> paths, CrossFileOutcome crossFile)
    {
        lock (_gate)
        {
            _crossFile = crossFile;
            _files = Enumerable.Range(0, paths.Count)
                .Where(i => _blocks.ContainsKey(i) || crossFile.Changes(i))
                .GroupBy(i => paths[i], StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.ToArray()))
                .ToList();
        }
    }

    public override IEnumerable<IReadOnlyList<Finding>> ByFile()
    {
        var files = _files ?? throw new InvalidOperationException("Complete the spool before reading it.");
        foreach (var (_, indexes) in files)
        {
            IReadOnlyList<Finding> findings = indexes.Length == 1 ? Read(indexes[0]) : Merge(indexes);
            if (findings.Count > 0) yield return findings;
        }
    }

    /// <summary>Stored tallies; only files the cross-file pass changed (or that share a path) are read back and counted.</summary>
    private protected override IEnumerable<FileTally> Tallies()
    {
        var files = _files ?? throw new InvalidOperationException("Complete the spool before reading it.");
        foreach (var (_, indexes) in files)
        {
            if (indexes.Length == 1 && !_crossFile.Changes(indexes[0]))
            {
                yield return _tallies[indexes[0]];
                continue;
            }

            IReadOnlyList<Finding> findings = indexes.Length == 1 ? Read(indexes[0]) : Merge(indexes);
            if (findings.Count > 0) yield return FileTally.Of(findings);
        }
    }

    public void Dispose()
    {
        _blockWriter.Dispose();
        _file?.Dispose();
        _memory?.Dispose();
    }

    /// <summary>Two targets with one display path (rare: stdin named like a file) share a group.</summary>
    private List<Finding> Merge(int[] indexes)
    {
        var merged = indexes.SelectMany(Read).ToList();
        merged.Sort(FindingOrder.Instance);
        return merged;
    }

    private IReadOnlyList<Finding> Read(int index)
    {
        var findings = new List<Finding>();
        if (_blocks.TryGetValue(index, out var block))
        {
            var bytes = new byte[block.Length];
            lock (_gate)
            {
                if (_handle is not null) ReadExactly(_handle, bytes, block.Offset);
                else _memory!.GetBuffer().AsSpan((int)block.Offset, block.Length).CopyTo(bytes);
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            for (var i = 0; i < block.Count; i++) findings.Add(ReadFinding(reader));
        }

        return _crossFile.Apply(index, findings);
    }

    /// <summary>
    /// Appends a block at <see cref="_length"/>: in memory while the spool is under its limit, then in the temp file (what
    /// memory held moves there first). When the temp file fails (say its disk fills up), what it holds moves back to memory
    /// and spooling goes on there.
    /// </summary>
    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_handle is null && !_noTempFile && _length + bytes.Length > _memoryLimit)
        {
            UseTempFile();
            if (_handle is not null)
            {
                try
                {
                    RandomAccess.Write(_handle, _memory!.GetBuffer().AsSpan(0, (int)_length), 0);
                    _memory = null;
                }
                catch (IOException)
                {
                    CloseTempFile();
                }
            }
        }

        if (_handle is not null)
        {
            try
            {
                RandomAccess.Write(_handle, bytes, _length);
                return;
            }
            catch (IOException)
            {
                var memory = new MemoryStream();
                var buffer = new byte[1 << 16];
                for (long offset = 0; offset < _length; offset += buffer.Length)
                {
                    var chunk = buffer.AsSpan(0, (int)Math.Min(buffer.Length, _length - offset));
                    ReadExactly(_handle, chunk, offset);
                    memory.Write(chunk);
                }

                CloseTempFile();
                _memory = memory;
            }
        }

        _memory!.Position = _length;
        _memory.Write(bytes);
    }

    private void UseTempFile()
    {
        _file = OpenTempFile();
        _handle = _file?.SafeFileHandle;
        _noTempFile = _file is null;
    }

    private void CloseTempFile()
    {
        _file?.Dispose();
        _file = null;
        _handle = null;
        _noTempFile = true;
    }

    private static void ReadExactly(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        while (buffer.Length > 0)
        {
            var n = RandomAccess.Read(handle, buffer, offset);
            if (n == 0) throw new EndOfStreamException("The finding spool is shorter than its index.");
            buffer = buffer[n..];
            offset += n;
        }
    }

    /// <summary>
    /// A temp file only this user can read (messages may name paths and values), or null to spool in memory.
    /// On Unix its name is removed as soon as it is open: the open handle keeps the data, nothing else can
    /// open it by name, and nothing is left in the temp folder even if the process is killed.
    /// </summary>
    private static FileStream? OpenTempFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"containerlint-{Guid.NewGuid():N}.spool");
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.ReadWrite,
                Share = FileShare.None,
                Options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None,
                BufferSize = 0,
            };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            var file = new FileStream(path, options);
            if (!OperatingSystem.IsWindows()) File.Delete(path);
            return file;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Write(BinaryWriter w, Finding f)
    {
        w.Write(f.RuleId);
        w.Write((byte)f.Severity);
        w.Write(f.Message);
        w.Write(f.File);
        WriteSpan(w, f.Span);
        WriteOptional(w, f.Object);
        WriteOptional(w, f.Container);
        w.Write(f.Suppressed);
        WriteOptional(w, f.SuppressionJustification);
        w.Write(f.Fix is not null);
        if (f.Fix is { } fix)
        {
            w.Write(fix.Description);
            w.Write7BitEncodedInt(fix.Edits.Count);
            foreach (var edit in fix.Edits)
            {
                WriteSpan(w, edit.Span);
                w.Write(edit.Replacement);
            }
        }
    }

    private static Finding ReadFinding(BinaryReader r)
    {
        var ruleId = r.ReadString();
        var severity = (Severity)r.ReadByte();
        var message = r.ReadString();
        var file = r.ReadString();
        var span = ReadSpan(r);
        var obj = ReadOptional(r);
        var container = ReadOptional(r);
        var suppressed = r.ReadBoolean();
        var justification = ReadOptional(r);
        var fix = r.ReadBoolean() ? ReadFix(r) : null;
        return new Finding
        {
            RuleId = ruleId,
            Severity = severity,
            Message = message,
            File = file,
            Span = span,
            Object = obj,
            Container = container,
            Suppressed = suppressed,
            SuppressionJustification = justification,
            Fix = fix,
        };
    }

    private static Fix ReadFix(BinaryReader r)
    {
        var description = r.ReadString();
        var edits = new TextEdit[r.Read7BitEncodedInt()];
        for (var i = 0; i < edits.Length; i++) edits[i] = new TextEdit(ReadSpan(r), r.ReadString());
        return new Fix(description, edits);
    }

    private static void WriteSpan(BinaryWriter w, SourceSpan s)
    {
        w.Write7BitEncodedInt(s.Line);
        w.Write7BitEncodedInt(s.Column);
        w.Write7BitEncodedInt(s.EndLine);
        w.Write7BitEncodedInt(s.EndColumn);
    }

    private static SourceSpan ReadSpan(BinaryReader r) => new(r.Read7BitEncodedInt(), r.Read7BitEncodedInt(), r.Read7BitEncodedInt(), r.Read7BitEncodedInt());

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
