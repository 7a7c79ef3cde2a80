namespace ContainerLint.Core.Knowledge;

/// <summary>
/// What a file mode argument (<c>chmod</c>, <c>install -m</c>, <c>mkdir -m</c>, <c>COPY --chmod</c>) grants:
/// octal (<c>4755</c>, <c>0777</c>) or symbolic (<c>u+s</c>, <c>a+rwx,o-w</c>). The one mode parser.
/// </summary>
/// <param name="Text">The mode as written.</param>
/// <param name="IsValid">False when the text is neither an octal nor a symbolic mode (a variable, a reference file).</param>
/// <param name="WorldWritable">Others get write permission.</param>
/// <param name="Sticky">The sticky bit is set (<c>1777</c>, <c>+t</c>): the sanctioned shared-directory pattern.</param>
/// <param name="SetUid">The set-user-ID bit is added.</param>
/// <param name="SetGid">The set-group-ID bit is added.</param>
public sealed record FileMode(string Text, bool IsValid, bool WorldWritable, bool Sticky, bool SetUid, bool SetGid)
{
    public static FileMode Parse(string text)
    {
        if (IsOctal(text, 3, 5))
        {
            var bits = Convert.ToInt32(text, 8);
            return new FileMode(text, true, (bits & 0x2) != 0, (bits & 0x200) != 0, (bits & 0x800) != 0, (bits & 0x400) != 0);
        }

        var (worldWritable, sticky, setUid, setGid) = (false, false, false, false);
        foreach (var clause in text.Split(','))
        {
            var op = clause.AsSpan().IndexOfAny("+-=");
            if (op < 0) return Invalid(text);
            var who = clause[..op];
            if (who.AsSpan().IndexOfAnyExcept("ugoa") >= 0) return Invalid(text);
            var rest = clause[op..];
            // Several operations may follow one another: u+x-w, o=r+t.
            var i = 0;
            while (i < rest.Length)
            {
                var sign = rest[i++];
                if (sign is not ('+' or '-' or '=')) return Invalid(text);
                var start = i;
                while (i < rest.Length && rest[i] is not ('+' or '-' or '=')) i++;
                var perm = rest[start..i];
                if (perm.AsSpan().IndexOfAnyExcept("rwxXstugo") >= 0) return Invalid(text);
                if (sign == '-') continue;
                var everyone = who.Length == 0 || who.Contains('a', StringComparison.Ordinal);
                var others = everyone || who.Contains('o', StringComparison.Ordinal);
                var user = everyone || who.Contains('u', StringComparison.Ordinal);
                var group = everyone || who.Contains('g', StringComparison.Ordinal);
                // A bare "+w" honours the umask (022 by default), so it does not give others write access.
                if (perm.Contains('w', StringComparison.Ordinal) && others && who.Length > 0) worldWritable = true;
                if (perm.Contains('t', StringComparison.Ordinal)) sticky = true;
                if (perm.Contains('s', StringComparison.Ordinal))
                {
                    setUid |= user;
                    setGid |= group;
                }
            }
        }

        return new FileMode(text, true, worldWritable, sticky, setUid, setGid);
    }

    /// <summary>True when a umask value leaves new files writable by others (<c>000</c>, <c>0002</c>…).</summary>
    public static bool UmaskAllowsWorldWrite(string umask) => IsOctal(umask, 1, 4) && (Convert.ToInt32(umask, 8) & 0x2) == 0;

    private static FileMode Invalid(string text) => new(text, false, false, false, false, false);

    private static bool IsOctal(string text, int min, int max) =>
        text.Length >= min && text.Length <= max && text.AsSpan().IndexOfAnyExceptInRange('0', '7') < 0;
}
