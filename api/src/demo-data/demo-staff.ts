import { Role } from '@tsunagu/contracts';

/** Demo logins for trying the staff pages after `npm start` (documented in the README). */
export const DEMO_STAFF_PASSWORD = 'tsunagu-demo-2026';

export const DEMO_STAFF: { email: string; name: string; nameKana: string; role: Role; centerCode: string | null }[] = [
  { email: 'admin@tsunagu.example', name: '山本 由美', nameKana: 'やまもと ゆみ', role: Role.Admin, centerCode: null },
  { email: 'ward@tsunagu.example', name: '高橋 明', nameKana: 'たかはし あきら', role: Role.Coordinator, centerCode: 'ward' },
  { email: 'aoba@tsunagu.example', name: '田中 さくら', nameKana: 'たなか さくら', role: Role.Coordinator, centerCode: 'district-aoba' },
  { email: 'kawabe@tsunagu.example', name: '鈴木 健', nameKana: 'すずき けん', role: Role.Coordinator, centerCode: 'district-kawabe' },
];
