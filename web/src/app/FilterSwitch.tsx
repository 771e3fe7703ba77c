import { Switch } from 'antd';

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
}

/** An on/off filter of a list ("Only mine"), its label clickable too. */
export function FilterSwitch({ checked, onChange, label }: Props) {
  return (
    <label className="filter-switch">
      <Switch size="small" checked={checked} onChange={onChange} />
      <span>{label}</span>
    </label>
  );
}
