import '@mantine/tiptap/styles.css';
import { Link, RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import { type Editor, Extension, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type AnswerEditorOptions = {
  initial: string;
  onChange: (html: string) => void;
  onBlur: () => void;
};

/** An empty document still has a paragraph; this says whether anything was written. */
export function isBlankHtml(html: string): boolean {
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim() === ''
  );
}

/**
 * Ctrl/⌘+Enter sends the answer for review (a shortcut of the page); the editor would first
 * add a line break to the text being sent. Claimed here, ahead of the starter kit's keymap.
 */
const LeaveModEnterToPage = Extension.create({
  name: 'leaveModEnterToPage',
  priority: 1000,
  addKeyboardShortcuts: () => ({ 'Mod-Enter': () => true }),
});

export function useAnswerEditor({ initial, onChange, onBlur }: AnswerEditorOptions) {
  const { t } = useTranslation();
  const handlers = useRef({ onChange, onBlur });
  handlers.current = { onChange, onBlur };
  const label = t('answer.editorLabel');

  const editor = useEditor({
    // StarterKit brings its own Link; Mantine's adds the Ctrl+K shortcut its toolbar expects.
    extensions: [
      StarterKit.configure({ link: false }),
      Link.configure({ openOnClick: false }),
      LeaveModEnterToPage,
    ],
    content: initial,
    editorProps: { attributes: editorAttributes(label) },
    onUpdate: ({ editor: current }) => handlers.current.onChange(current.getHTML()),
    onBlur: () => handlers.current.onBlur(),
  });

  // The accessible name follows the language switch.
  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: editorAttributes(label) } });
  }, [editor, label]);

  return editor;
}

function editorAttributes(label: string) {
  return { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true' };
}

export function AnswerEditor({ editor }: { editor: Editor | null }) {
  const { t } = useTranslation();

  return (
    // data-desk-typing: the desk's single-key shortcuts leave the editor and its toolbar alone.
    <RichTextEditor
      editor={editor}
      labels={editorLabels(t)}
      data-testid="answer-editor"
      data-desk-typing
    >
      <RichTextEditor.Toolbar>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
          <RichTextEditor.Underline />
          <RichTextEditor.Strikethrough />
          <RichTextEditor.ClearFormatting />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.H3 />
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
          <RichTextEditor.Blockquote />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Link />
          <RichTextEditor.Unlink />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Undo />
          <RichTextEditor.Redo />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content mih={240} />
    </RichTextEditor>
  );
}

function editorLabels(t: TFunction): Partial<RichTextEditorLabels> {
  return {
    boldControlLabel: t('answer.toolbar.bold'),
    italicControlLabel: t('answer.toolbar.italic'),
    underlineControlLabel: t('answer.toolbar.underline'),
    strikeControlLabel: t('answer.toolbar.strike'),
    clearFormattingControlLabel: t('answer.toolbar.clear'),
    h3ControlLabel: t('answer.toolbar.heading'),
    bulletListControlLabel: t('answer.toolbar.bullets'),
    orderedListControlLabel: t('answer.toolbar.numbers'),
    blockquoteControlLabel: t('answer.toolbar.quote'),
    linkControlLabel: t('answer.toolbar.link'),
    unlinkControlLabel: t('answer.toolbar.unlink'),
    undoControlLabel: t('answer.toolbar.undo'),
    redoControlLabel: t('answer.toolbar.redo'),
    linkEditorInputLabel: t('answer.toolbar.linkUrl'),
    linkEditorInputPlaceholder: 'https://',
    linkEditorExternalLink: t('answer.toolbar.linkNewTab'),
    linkEditorInternalLink: t('answer.toolbar.linkSameTab'),
    linkEditorSave: t('answer.toolbar.linkSave'),
  };
}
