namespace ContainerLint.Core.Dockerfile;

using System.Collections;

/// <summary>
/// The texts of the comment lines BuildKit attaches to an instruction (<see cref="Instruction.PrecedingComments"/>): a run of
/// the file's comments, read from them when asked. Its enumerator is a struct, so a <c>foreach</c> over it allocates nothing.
/// </summary>
public sealed class PrecedingCommentTexts : IReadOnlyList<string>
{
    private readonly List<DockerfileComment> _comments;
    private readonly int _first;

    /// <param name="comments">The file's comments (complete once the parse ends).</param>
    /// <param name="first">Index of the first comment of the run.</param>
    /// <param name="count">How many comments the run has.</param>
    internal PrecedingCommentTexts(List<DockerfileComment> comments, int first, int count)
    {
        _comments = comments;
        _first = first;
        Count = count;
    }

    /// <summary>No comments.</summary>
    public static PrecedingCommentTexts None { get; } = new([], 0, 0);

    public int Count { get; }

    public string this[int index] => Comment(index).Text;

    /// <summary>The comment behind text <paramref name="index"/>.</summary>
    internal DockerfileComment Comment(int index) =>
        (uint)index < (uint)Count ? _comments[_first + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the texts in order.</summary>
    public struct Enumerator(PrecedingCommentTexts comments) : IEnumerator<string>
    {
        private int _index = -1;

        public readonly string Current => comments[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < comments.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
