import { expect, test } from 'vitest';
import { render } from '@testing-library/preact';
test('renders', () => { const r = render(<p>hi</p>); expect(r.getByText('hi')).toBeTruthy(); });
