using NoteLsp.Core.Notes;
using NoteLsp.Core.Vault;

namespace NoteLsp.Core.Features.Completion;

/// <summary>A note, an alias of a note, or an attachment that matched the query.</summary>
internal readonly record struct TargetCandidate(int Score, Note? Note, string? Alias, string? AttachmentPath)
{
    public string Path => Note?.Path ?? AttachmentPath!;

    public string Folder => Note is not null ? NoteSearchKeys.For(Note).Folder : NotePaths.GetFolder(AttachmentPath!);

    public string Label => Alias ?? Note?.Name ?? NotePaths.GetFileName(AttachmentPath!);
}

/// <summary>
/// Keeps the best candidates as they stream in. The order is: match score, then notes other
/// than the current one (a note rarely links to itself by name), then notes in the current
/// note's folder, then notes that more notes link to, then shorter names. A bounded heap keeps
/// the cost small when every note matches, as after a bare <c>[[</c>, and a candidate that
/// cannot enter the heap is dropped before its link count is looked up.
/// </summary>
internal sealed class TopCandidates
{
    private static readonly Comparer<RankKey> WorstFirst = Comparer<RankKey>.Create((a, b) => b.CompareTo(a));

    private readonly VaultSnapshot _vault;
    private readonly Note _current;
    private readonly string _folder;
    private readonly int _capacity;
    private readonly PriorityQueue<TargetCandidate, RankKey> _heap;

    public TopCandidates(VaultSnapshot vault, Note current, int capacity)
    {
        _vault = vault;
        _current = current;
        _folder = current.Folder;
        _capacity = Math.Max(1, capacity);
        _heap = new PriorityQueue<TargetCandidate, RankKey>(_capacity + 1, WorstFirst);
    }

    /// <summary>The number of candidates added, kept or not.</summary>
    public int Matched { get; private set; }

    public void Add(TargetCandidate candidate)
    {
        Matched++;
        bool isSelf = ReferenceEquals(candidate.Note, _current);
        bool sameFolder = string.Equals(candidate.Folder, _folder, StringComparison.Ordinal);
        bool full = _heap.Count >= _capacity;
        RankKey worst = default;
        if (full && _heap.TryPeek(out _, out worst) && !CouldBeat(candidate.Score, isSelf, sameFolder, worst))
        {
            return;
        }

        int popularity = _vault.FindLinkers(candidate.Note?.Name ?? NotePaths.GetFileName(candidate.AttachmentPath!)).Count;
        var key = new RankKey(candidate.Score, isSelf, sameFolder, popularity, candidate.Label.Length, candidate.Path);
        if (!full)
        {
            _heap.Enqueue(candidate, key);
        }
        else if (key.CompareTo(worst) < 0)
        {
            _heap.EnqueueDequeue(candidate, key);
        }
    }

    /// <summary>Returns the kept candidates, best first.</summary>
    public List<TargetCandidate> ToRankedList()
    {
        var ranked = new List<(TargetCandidate Candidate, RankKey Key)>(_heap.Count);
        foreach (var (candidate, key) in _heap.UnorderedItems)
        {
            ranked.Add((candidate, key));
        }

        ranked.Sort((a, b) => a.Key.CompareTo(b.Key));
        return ranked.ConvertAll(r => r.Candidate);
    }

    /// <summary>Whether a candidate with these leading keys can rank above <paramref name="worst"/>, whatever its link count.</summary>
    private static bool CouldBeat(int score, bool isSelf, bool sameFolder, RankKey worst) =>
        score != worst.Score ? score > worst.Score
        : isSelf != worst.IsSelf ? !isSelf
        : sameFolder == worst.SameFolder || sameFolder;

    /// <summary>The sort keys of a candidate; a smaller key ranks first.</summary>
    private readonly record struct RankKey(int Score, bool IsSelf, bool SameFolder, int Popularity, int LabelLength, string Path) : IComparable<RankKey>
    {
        public int CompareTo(RankKey other)
        {
            int order = other.Score.CompareTo(Score);
            if (order == 0)
            {
                order = IsSelf.CompareTo(other.IsSelf);
            }

            if (order == 0)
            {
                order = other.SameFolder.CompareTo(SameFolder);
            }

            if (order == 0)
            {
                order = other.Popularity.CompareTo(Popularity);
            }

            if (order == 0)
            {
                order = LabelLength.CompareTo(other.LabelLength);
            }

            return order != 0 ? order : string.CompareOrdinal(Path, other.Path);
        }
    }
}
