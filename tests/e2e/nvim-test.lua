-- End-to-end test of the NoteLsp server in headless Neovim 0.7 (vim.lsp.start_client, no plugins).
--
-- nvim-test.sh runs it as `nvim --headless -u NONE -i NONE -n -c 'luafile nvim-test.lua'` with
-- NOTELSP_E2E_VAULT (a copy of the vault) and NOTELSP_E2E_SERVER (a notelsp executable or notelsp.dll).
-- Prints one `PASS name` or `FAIL name: reason` line per test and exits with status 1 when any test failed.

local vault = assert(os.getenv('NOTELSP_E2E_VAULT'), 'NOTELSP_E2E_VAULT is not set')
local server = assert(os.getenv('NOTELSP_E2E_SERVER'), 'NOTELSP_E2E_SERVER is not set')
local note_file = vault .. '/docker-why-containers.md'
local broken_links = {
  'docker-containers-lifecycle',
  'docker-images-layers',
  'docker-volumes-persistence',
  '2025-12-glasck-deployment/learnings',
}
-- The first response waits for a cold `dotnet` start, which took 5 to 10 s on 2 cores.
local server_timeout_ms = 60000

local failed = 0

local function report(name, ok, reason)
  if ok then
    io.stdout:write('PASS ' .. name .. '\n')
  else
    failed = failed + 1
    io.stdout:write('FAIL ' .. name .. ': ' .. reason .. '\n')
  end
end

local function read_lines(file)
  local lines = {}
  for line in io.lines(file) do
    table.insert(lines, line)
  end
  return lines
end

-- Returns the 0-based number of the first line of `lines` that contains `text` literally, or nil.
local function find_line(lines, text)
  for index, line in ipairs(lines) do
    if line:find(text, 1, true) then
      return index - 1
    end
  end
  return nil
end

local function real_path(file)
  return vim.loop.fs_realpath(file) or file
end

-- Returns the first note, its 0-based line and column, and the target file of a [[link]] whose target exists.
-- The user's note comes first; links inside fenced code blocks are skipped because they are not links.
local function find_resolving_link()
  local notes = { note_file }
  for _, file in ipairs(vim.fn.globpath(vault, '**/*.md', false, true)) do
    if real_path(file) ~= real_path(note_file) then
      table.insert(notes, file)
    end
  end

  for _, file in ipairs(notes) do
    local in_fence = false
    for index, line in ipairs(read_lines(file)) do
      if line:match('^%s*```') then
        in_fence = not in_fence
      elseif not in_fence then
        local start = 1
        while true do
          local first, last, name = line:find('%[%[([^%]|#]+)[^%]]*%]%]', start)
          if first == nil then
            break
          end
          local target = vault .. '/' .. name .. '.md'
          if vim.loop.fs_stat(target) then
            return file, index - 1, first - 1, target
          end
          start = last + 1
        end
      end
    end
  end
  return nil
end

-- The definition test needs a [[link]] whose target exists. When the vault has none, the copy gets a note with one
-- before the server starts, so the server indexes it like any other note.
local fallback_note = vault .. '/e2e-definition-source.md'
if find_resolving_link() == nil then
  local file = assert(io.open(fallback_note, 'w'))
  file:write('# Definition Source - Tests\n\nSee [[docker-why-containers]].\n')
  file:close()
  io.stdout:write('NOTE: the vault has no link to an existing note, so the test added ' .. fallback_note .. '\n')
end

local cmd
if server:match('%.dll$') then
  cmd = { 'dotnet', server, 'lsp' }
else
  cmd = { server, 'lsp' }
end

local server_exit
local client_id = vim.lsp.start_client({
  name = 'notelsp',
  cmd = cmd,
  root_dir = vault,
  on_exit = function(code, signal)
    server_exit = string.format('exit code %d, signal %d', code, signal)
  end,
})
if not client_id then
  report('nvim-diagnostics', false, 'vim.lsp.start_client failed for ' .. table.concat(cmd, ' '))
  report('nvim-definition', false, 'the server did not start')
  vim.cmd('cquit 1')
end

-- Opens `file` in the current window as a Markdown buffer attached to the server and returns the buffer number.
-- `-u NONE` turns filetype detection off, so the filetype that becomes the LSP languageId is set here.
local function open_note(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buffer = vim.api.nvim_get_current_buf()
  vim.bo[buffer].filetype = 'markdown'
  vim.lsp.buf_attach_client(buffer, client_id)
  return buffer
end

local function describe_diagnostics(diagnostics)
  local parts = {}
  for _, diagnostic in ipairs(diagnostics) do
    table.insert(parts, string.format('%d:%d [severity %d] %s', diagnostic.lnum + 1, diagnostic.col + 1,
      diagnostic.severity, diagnostic.message))
  end
  return '{' .. table.concat(parts, '; ') .. '}'
end

local function test_diagnostics()
  local lines = read_lines(note_file)
  local buffer = open_note(note_file)

  -- Number of broken links expected on each 0-based line.
  local expected_per_line = {}
  local expected_total = 0
  for _, link in ipairs(broken_links) do
    local line = find_line(lines, '[[' .. link .. ']]')
    if line == nil then
      return false, note_file .. ' has no link [[' .. link .. ']]'
    end
    expected_per_line[line] = (expected_per_line[line] or 0) + 1
    expected_total = expected_total + 1
  end
  local review_line = find_line(lines, '**Next review**')
  if review_line == nil then
    return false, note_file .. ' has no **Next review** line'
  end

  local function broken_link_errors()
    local per_line = {}
    for _, diagnostic in ipairs(vim.diagnostic.get(buffer, { severity = vim.diagnostic.severity.ERROR })) do
      if vim.startswith(diagnostic.message, 'No note') then
        per_line[diagnostic.lnum] = (per_line[diagnostic.lnum] or 0) + 1
      end
    end
    return per_line
  end

  local function review_warnings()
    return vim.tbl_filter(function(diagnostic)
      return diagnostic.lnum == review_line
    end, vim.diagnostic.get(buffer, { severity = vim.diagnostic.severity.WARN }))
  end

  local function all_arrived()
    local count = 0
    for _, errors in pairs(broken_link_errors()) do
      count = count + errors
    end
    return count >= expected_total and #review_warnings() > 0
  end

  vim.wait(server_timeout_ms, function()
    return all_arrived() or server_exit ~= nil
  end, 200)

  local found = broken_link_errors()
  for line, expected in pairs(expected_per_line) do
    if found[line] ~= expected then
      return false, string.format('expected %d "No note" error(s) on line %d, found %d. Diagnostics: %s',
        expected, line + 1, found[line] or 0, describe_diagnostics(vim.diagnostic.get(buffer)))
    end
  end
  if #review_warnings() == 0 then
    return false, string.format('no warning on the **Next review** line %d. Diagnostics: %s', review_line + 1,
      describe_diagnostics(vim.diagnostic.get(buffer)))
  end
  return true
end

local function test_definition()
  local file, line, column, target = find_resolving_link()
  if file == nil then
    return false, 'no note in ' .. vault .. ' has a [[link]] to an existing note'
  end

  open_note(file)
  -- The cursor goes inside the link name, two characters past the opening brackets.
  vim.api.nvim_win_set_cursor(0, { line + 1, column + 2 })
  vim.lsp.buf.definition()

  local function landed()
    return real_path(vim.api.nvim_buf_get_name(0)) == real_path(target)
  end
  vim.wait(server_timeout_ms, function()
    return landed() or server_exit ~= nil
  end, 200)
  if not landed() then
    return false, string.format('definition on %s:%d:%d did not open %s; the current buffer is %s',
      file, line + 1, column + 3, target, vim.api.nvim_buf_get_name(0))
  end
  return true
end

local function run(name, test)
  local ok, passed, reason = pcall(test)
  if not ok then
    report(name, false, 'error: ' .. tostring(passed))
  elseif server_exit ~= nil and not passed then
    report(name, false, reason .. ' (the server exited: ' .. server_exit .. ')')
  else
    report(name, passed, reason)
  end
end

run('nvim-diagnostics', test_diagnostics)
run('nvim-definition', test_definition)

vim.lsp.stop_client(client_id)
vim.wait(5000, function()
  return server_exit ~= nil
end, 100)
if server_exit == nil then
  io.stdout:write('NOTE: the server had not exited 5 s after shutdown\n')
end

if failed > 0 then
  vim.cmd('cquit 1')
else
  vim.cmd('qall!')
end
