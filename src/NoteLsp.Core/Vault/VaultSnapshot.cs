using System.Collections.Immutable;
using NoteLsp.Core.Config;
using NoteLsp.Core.Links;
using NoteLsp.Core.Notes;

namespace NoteLsp.Core.Vault;

/// <summary>
/// An immutable view of a vault: its notes, attachments and the indexes that make each link
/// lookup a hash lookup. <see cref="WithNote"/> and <see cref="WithoutNote"/> return a new
/// snapshot that shares everything the change did not touch, so an edit costs the size of
/// the edited note, not the size of the vault.
/// </summary>
public sealed class VaultSnapshot
{
    private readonly ImmutableDictionary<string, Note> _notes;
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _notesByName;
    private readonly ImmutableDictionary<string, string> _noteByPathKey;
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _notesByAlias;
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _attachmentsByName;
    private readonly ImmutableDictionary<string, string> _attachmentByPathKey;
    private readonly ImmutableDictionary<string, ImmutableHashSet<string>> _linkersByName;

    private VaultSnapshot(
        string rootPath,
        VaultConfig config,
        ImmutableDictionary<string, Note> notes,
        ImmutableDictionary<string, ImmutableArray<string>> notesByName,
        ImmutableDictionary<string, string> noteByPathKey,
        ImmutableDictionary<string, ImmutableArray<string>> notesByAlias,
        ImmutableDictionary<string, ImmutableArray<string>> attachmentsByName,
        ImmutableDictionary<string, string> attachmentByPathKey,
        ImmutableDictionary<string, ImmutableHashSet<string>> linkersByName)
    {
        RootPath = rootPath;
        Config = config;
        _notes = notes;
        _notesByName = notesByName;
        _noteByPathKey = noteByPathKey;
        _notesByAlias = notesByAlias;
        _attachmentsByName = attachmentsByName;
        _attachmentByPathKey = attachmentByPathKey;
        _linkersByName = linkersByName;
    }

    /// <summary>The vault's folder on disk; in-memory vaults use any absolute-looking path.</summary>
    public string RootPath { get; }

    public VaultConfig Config { get; }

    public int NoteCount => _notes.Count;

    public IEnumerable<Note> Notes => _notes.Values;

    public IEnumerable<string> AttachmentPaths => _attachmentByPathKey.Values;

    public static VaultSnapshot Create(string rootPath, VaultConfig config, IEnumerable<Note> notes, IEnumerable<string> attachmentPaths)
    {
        var builder = new Builder();
        foreach (Note note in notes)
        {
            builder.AddNote(note);
        }

        foreach (string path in attachmentPaths)
        {
            builder.AddAttachment(path);
        }

        return builder.ToSnapshot(rootPath, config);
    }

    public static VaultSnapshot Empty(string rootPath) => Create(rootPath, VaultConfig.Default, [], []);

    /// <summary>Returns the note at the vault-relative <paramref name="path"/> (exact spelling), or null.</summary>
    public Note? FindNote(string path) => _notes.GetValueOrDefault(path);

    public bool ContainsAttachment(string path) => _attachmentByPathKey.ContainsKey(NotePaths.ToKey(path));

    /// <summary>Returns the note whose path matches <paramref name="path"/> without regard to case, Unicode form or <c>.md</c>, or null.</summary>
    public Note? FindNoteByPathKey(string path) =>
        _noteByPathKey.TryGetValue(NotePaths.ToKey(NotePaths.WithoutMarkdownExtension(path)), out string? actual) ? _notes[actual] : null;

    /// <summary>Returns the paths of the notes named <paramref name="name"/> (compared as <see cref="NotePaths.ToKey"/>), or an empty array.</summary>
    public ImmutableArray<string> FindNotesByName(string name) =>
        _notesByName.GetValueOrDefault(NotePaths.ToKey(name), ImmutableArray<string>.Empty);

    public ImmutableArray<string> FindNotesByAlias(string alias) =>
        _notesByAlias.GetValueOrDefault(NotePaths.ToKey(alias), ImmutableArray<string>.Empty);

    public ImmutableArray<string> FindAttachmentsByName(string fileName) =>
        _attachmentsByName.GetValueOrDefault(NotePaths.ToKey(fileName), ImmutableArray<string>.Empty);

    public string? FindAttachmentByPathKey(string path) => _attachmentByPathKey.GetValueOrDefault(NotePaths.ToKey(path));

    /// <summary>
    /// Returns the paths of notes with a link whose last path segment is <paramref name="name"/>.
    /// These are the only notes whose links can change when a note of that name appears or goes.
    /// </summary>
    public ImmutableHashSet<string> FindLinkers(string name) =>
        _linkersByName.GetValueOrDefault(NotePaths.ToKey(name), ImmutableHashSet<string>.Empty);

    /// <summary>Returns a snapshot with <paramref name="note"/> added, or replacing the note at the same path.</summary>
    public VaultSnapshot WithNote(Note note)
    {
        var builder = new Builder(this);
        if (_notes.TryGetValue(note.Path, out Note? existing))
        {
            builder.RemoveNote(existing);
        }

        builder.AddNote(note);
        return builder.ToSnapshot(RootPath, Config);
    }

    /// <summary>Returns a snapshot without the note at <paramref name="path"/>; the same snapshot when there is none.</summary>
    public VaultSnapshot WithoutNote(string path)
    {
        if (!_notes.TryGetValue(path, out Note? note))
        {
            return this;
        }

        var builder = new Builder(this);
        builder.RemoveNote(note);
        return builder.ToSnapshot(RootPath, Config);
    }

    public VaultSnapshot WithAttachment(string path)
    {
        var builder = new Builder(this);
        builder.AddAttachment(path);
        return builder.ToSnapshot(RootPath, Config);
    }

    public VaultSnapshot WithoutAttachment(string path)
    {
        var builder = new Builder(this);
        builder.RemoveAttachment(path);
        return builder.ToSnapshot(RootPath, Config);
    }

    public VaultSnapshot WithConfig(VaultConfig config) =>
        new(RootPath, config, _notes, _notesByName, _noteByPathKey, _notesByAlias, _attachmentsByName, _attachmentByPathKey, _linkersByName);

    /// <summary>Collects index changes in mutable builders and freezes them into a snapshot.</summary>
    private sealed class Builder
    {
        private readonly ImmutableDictionary<string, Note>.Builder _notes;
        private readonly ImmutableDictionary<string, ImmutableArray<string>>.Builder _notesByName;
        private readonly ImmutableDictionary<string, string>.Builder _noteByPathKey;
        private readonly ImmutableDictionary<string, ImmutableArray<string>>.Builder _notesByAlias;
        private readonly ImmutableDictionary<string, ImmutableArray<string>>.Builder _attachmentsByName;
        private readonly ImmutableDictionary<string, string>.Builder _attachmentByPathKey;
        private readonly ImmutableDictionary<string, ImmutableHashSet<string>>.Builder _linkersByName;

        // Linker additions are gathered and merged once per name in ToSnapshot: adding to an
        // immutable set one path at a time made building a 10,000-note vault several times slower.
        private readonly Dictionary<string, List<string>> _pendingLinkers = new(StringComparer.Ordinal);

        public Builder()
        {
            _notes = ImmutableDictionary.CreateBuilder<string, Note>(StringComparer.Ordinal);
            _notesByName = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
            _noteByPathKey = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            _notesByAlias = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
            _attachmentsByName = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
            _attachmentByPathKey = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            _linkersByName = ImmutableDictionary.CreateBuilder<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        }

        public Builder(VaultSnapshot from)
        {
            _notes = from._notes.ToBuilder();
            _notesByName = from._notesByName.ToBuilder();
            _noteByPathKey = from._noteByPathKey.ToBuilder();
            _notesByAlias = from._notesByAlias.ToBuilder();
            _attachmentsByName = from._attachmentsByName.ToBuilder();
            _attachmentByPathKey = from._attachmentByPathKey.ToBuilder();
            _linkersByName = from._linkersByName.ToBuilder();
        }

        public void AddNote(Note note)
        {
            _notes[note.Path] = note;
            AddToList(_notesByName, NotePaths.ToKey(note.Name), note.Path);
            _noteByPathKey[NotePaths.ToKey(NotePaths.WithoutMarkdownExtension(note.Path))] = note.Path;
            foreach (string alias in note.Aliases)
            {
                AddToList(_notesByAlias, NotePaths.ToKey(alias), note.Path);
            }

            foreach (string name in LinkedNames(note))
            {
                if (!_pendingLinkers.TryGetValue(name, out List<string>? paths))
                {
                    paths = [];
                    _pendingLinkers[name] = paths;
                }

                paths.Add(note.Path);
            }
        }

        public void RemoveNote(Note note)
        {
            _notes.Remove(note.Path);
            RemoveFromList(_notesByName, NotePaths.ToKey(note.Name), note.Path);
            _noteByPathKey.Remove(NotePaths.ToKey(NotePaths.WithoutMarkdownExtension(note.Path)));
            foreach (string alias in note.Aliases)
            {
                RemoveFromList(_notesByAlias, NotePaths.ToKey(alias), note.Path);
            }

            foreach (string name in LinkedNames(note))
            {
                if (_linkersByName.TryGetValue(name, out ImmutableHashSet<string>? linkers))
                {
                    linkers = linkers.Remove(note.Path);
                    if (linkers.IsEmpty)
                    {
                        _linkersByName.Remove(name);
                    }
                    else
                    {
                        _linkersByName[name] = linkers;
                    }
                }
            }
        }

        public void AddAttachment(string path)
        {
            AddToList(_attachmentsByName, NotePaths.ToKey(NotePaths.GetFileName(path)), path);
            _attachmentByPathKey[NotePaths.ToKey(path)] = path;
        }

        public void RemoveAttachment(string path)
        {
            RemoveFromList(_attachmentsByName, NotePaths.ToKey(NotePaths.GetFileName(path)), path);
            _attachmentByPathKey.Remove(NotePaths.ToKey(path));
        }

        public VaultSnapshot ToSnapshot(string rootPath, VaultConfig config)
        {
            foreach (var (name, paths) in _pendingLinkers)
            {
                ImmutableHashSet<string> linkers = _linkersByName.GetValueOrDefault(name, ImmutableHashSet<string>.Empty);
                _linkersByName[name] = linkers.Union(paths);
            }

            _pendingLinkers.Clear();
            return Freeze(rootPath, config);
        }

        private VaultSnapshot Freeze(string rootPath, VaultConfig config) => new(
            rootPath,
            config,
            _notes.ToImmutable(),
            _notesByName.ToImmutable(),
            _noteByPathKey.ToImmutable(),
            _notesByAlias.ToImmutable(),
            _attachmentsByName.ToImmutable(),
            _attachmentByPathKey.ToImmutable(),
            _linkersByName.ToImmutable());

        private static HashSet<string> LinkedNames(Note note)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (WikiLink link in note.Links)
            {
                string target = LinkTarget.Normalize(link.Target);
                if (target.Length > 0)
                {
                    names.Add(NotePaths.ToKey(LinkTarget.GetLastSegmentName(target)));
                }
            }

            return names;
        }

        private static void AddToList(ImmutableDictionary<string, ImmutableArray<string>>.Builder index, string key, string path)
        {
            ImmutableArray<string> paths = index.GetValueOrDefault(key, ImmutableArray<string>.Empty);
            if (!paths.Contains(path))
            {
                index[key] = paths.Add(path);
            }
        }

        private static void RemoveFromList(ImmutableDictionary<string, ImmutableArray<string>>.Builder index, string key, string path)
        {
            if (!index.TryGetValue(key, out ImmutableArray<string> paths))
            {
                return;
            }

            paths = paths.Remove(path);
            if (paths.IsEmpty)
            {
                index.Remove(key);
            }
            else
            {
                index[key] = paths;
            }
        }
    }
}
