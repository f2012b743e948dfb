/** A select of fixed choices in the 8D editor: the form kit's ChoiceSelect (renderer/ui/form), small, with the 8D's field error texts. */
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { eightDFieldErrorText } from './missingText';

interface Props<T extends string> {
  label: string;
  value: T | '';
  choices: readonly T[];
  text: (choice: T) => string;
  onChange: (value: T) => void;
  errorCode?: string;
  emptyLabel?: string;
  sx?: object;
}

export function EdChoice<T extends string>({ errorCode, sx, ...rest }: Props<T>) {
  return <ChoiceSelect {...rest} size="small" error={errorCode} describeError={eightDFieldErrorText} sx={{ minWidth: 160, ...sx }} />;
}
